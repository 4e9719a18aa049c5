type PlatformFlags = {
	isDesktop: boolean;
	isMobile: boolean;
	isDesktopApp: boolean;
	isMobileApp: boolean;
	isIosApp: boolean;
	isAndroidApp: boolean;
	isPhone: boolean;
	isTablet: boolean;
	isMacOS: boolean;
	isWin: boolean;
	isLinux: boolean;
	isSafari: boolean;
	resourcePathPrefix: string;
};

const DESKTOP_LINUX: PlatformFlags = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/** The desktop app on Linux. Tests may assign any flag (e.g. `Platform.isMobile = true`); resetPlatform__() restores. */
export const Platform: PlatformFlags = { ...DESKTOP_LINUX };

/** Mock-only: puts every Platform flag back to the desktop defaults. */
export function resetPlatform__(): void {
	Object.assign(Platform, DESKTOP_LINUX);
}

/** The API version the double implements: the `obsidian` types in node_modules. */
export const apiVersion = "1.13.1";

/** Whether `apiVersion` is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}
