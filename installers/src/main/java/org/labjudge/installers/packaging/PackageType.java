package org.labjudge.installers.packaging;

/** The jpackage output types LabJudge builds; the native installers only on their own OS. */
public enum PackageType {
    APP_IMAGE("app-image"),
    DEB("deb"),
    MSI("msi"),
    DMG("dmg");

    private final String jpackageName;

    PackageType(String jpackageName) {
        this.jpackageName = jpackageName;
    }

    /** The value of jpackage's {@code --type}. */
    public String jpackageName() {
        return jpackageName;
    }

    /** The installer type jpackage can build on this OS (it cannot cross-build). */
    public static PackageType nativeInstaller() {
        return switch (HostOs.current()) {
            case WINDOWS -> MSI;
            case MAC -> DMG;
            case LINUX -> DEB;
        };
    }

    public static PackageType parse(String text) {
        for (PackageType type : values()) {
            if (type.jpackageName.equalsIgnoreCase(text) || type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown package type '" + text + "' (app-image, deb, msi, dmg)");
    }

    @Override
    public String toString() {
        return jpackageName;
    }
}
