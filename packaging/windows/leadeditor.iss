; Inno Setup 6 script for Lead Editor on Windows: a per-user install (no administrator rights), a Start-menu
; entry, an optional desktop shortcut, an uninstaller in "Apps & features", version information, the icon.
; Built by .github/workflows/package.yml after PyInstaller (packaging/leadeditor.spec) made dist\leadeditor\
; and packaging/build_icons.py made build\icons\leadeditor.ico:
;   iscc /DAppVersion=0.1.0 packaging\windows\leadeditor.iss
; The version comes from leadeditor/version.py through /DAppVersion: it is written nowhere else.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\leadeditor.iss
#endif
#define AppName "Lead Editor"
#define AppExe "leadeditor.exe"
#define Root "..\.."

[Setup]
; a fixed id: upgrades replace the installed version instead of installing a second copy
AppId={{7D0C2B7E-3E2A-4B7E-9E55-5C1E1F0B6A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Lead Editor developers
AppPublisherURL=https://github.com/leadeditor/leadeditor
AppSupportURL=https://github.com/leadeditor/leadeditor/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
VersionInfoCopyright=GPL-3.0-or-later
; per user: %LOCALAPPDATA%\Programs\Lead Editor, no UAC prompt
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#Root}\build\icons\leadeditor.ico
OutputDir={#Root}\dist
OutputBaseFilename=leadeditor-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole folder: leadeditor.exe (windowed, the shortcuts' target) and leadeditor-batch.exe (the console
; command line for scripts, docs/batch.md) share _internal\
Source: "{#Root}\dist\leadeditor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Find a VICIdial lead and correct it safely"
Name: "{group}\{#AppName} (practice on the sandbox)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The settings, the change journal, the log (%LOCALAPPDATA%\leadeditor, %APPDATA%\leadeditor) and the
; passwords in Windows Credential Manager are the user's: the uninstaller leaves them.
