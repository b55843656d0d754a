; Inno Setup 6 script: the Windows installer of the folder PyInstaller builds (dist\mixframe\).
; Build on Windows after `pyinstaller packaging/mixframe.spec`, from the repository root:
;     iscc packaging\windows\mixframe.iss          -> dist\mixframe-<version>-setup.exe
; The version is read from mixframe-gui.exe's version resource (made by the spec).
; Not compiled by CI (Linux); tests/test_packaging_bundle.py checks what it registers.

#define App "..\..\dist\mixframe\mixframe-gui.exe"
#define AppVersion GetStringFileInfo(App, "ProductVersion")

[Setup]
AppId={{io.github.mixframe.Mixframe}
AppName=Mixframe
AppVersion={#AppVersion}
AppPublisher=The Mixframe developers
AppPublisherURL=https://github.com/mixframe/mixframe
DefaultDirName={autopf}\Mixframe
DefaultGroupName=Mixframe
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\mixframe.ico
UninstallDisplayIcon={app}\mixframe-gui.exe
OutputDir=..\..\dist
OutputBaseFilename=mixframe-{#AppVersion}-setup
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\mixframe\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Mixframe"; Filename: "{app}\mixframe-gui.exe"
Name: "{autodesktop}\Mixframe"; Filename: "{app}\mixframe-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

; The preset type. Windows, like macOS, takes only the last extension of `name.mixframe.json`, so
; Mixframe registers its own file type and joins the "Open with" list of .json files: offered for
; presets, never made the default for every JSON file.
[Registry]
Root: HKA; Subkey: "Software\Classes\Mixframe.Preset"; ValueType: string; ValueName: ""; ValueData: "Mixframe preset"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Mixframe.Preset"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mixframe-preset"
Root: HKA; Subkey: "Software\Classes\Mixframe.Preset\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\mixframe-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Mixframe.Preset\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\mixframe-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "Mixframe.Preset"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\mixframe-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\mixframe-gui.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Mixframe"

[Run]
Filename: "{app}\mixframe-gui.exe"; Description: "{cm:LaunchProgram,Mixframe}"; Flags: nowait postinstall skipifsilent
