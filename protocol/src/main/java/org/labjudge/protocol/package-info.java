/** Wire protocol v1 of LabJudge: the records that travel as JSON between clients and nodes. */
package org.labjudge.protocol;
