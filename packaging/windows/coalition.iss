; Coalition's Windows installer (Inno Setup 6), built by packaging\windows\build.ps1 from
; the bundle in dist\coalition\.  Paths are relative to this file.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppId "io.github.coalitionapp.Coalition"

[Setup]
AppId={#AppId}
AppName=Coalition
AppVersion={#AppVersion}
AppPublisher=Coalition
AppPublisherURL=https://coalitionapp.github.io
DefaultDirName={autopf}\Coalition
DefaultGroupName=Coalition
DisableProgramGroupPage=yes
; For this user alone, no administrator needed; the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=coalition-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\coalition.ico
UninstallDisplayIcon={app}\coalitionw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\coalition\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The shortcut carries the application id, so the task bar groups the window under it.
Name: "{group}\Coalition"; Filename: "{app}\coalitionw.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\Coalition"; Filename: "{app}\coalitionw.exe"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\coalitionw.exe"; Description: "{cm:LaunchProgram,Coalition}"; Flags: nowait postinstall skipifsilent

; The coalition's data (in %LOCALAPPDATA%) is the person's, and stays when the program goes.
