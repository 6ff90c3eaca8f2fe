const input = require("fs").readFileSync(0, "utf8").trim().split(/\s+/);
// Solve the problem here.
console.log(input.join(" "));
