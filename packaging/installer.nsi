; BKFI Desktop installer (NSIS 3, Unicode). Built by packaging/build_installer.sh on Linux or
; makensis on Windows from the PyInstaller one-folder bundle:
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist\bkfi-desktop -DOUTFILE=dist\bkfi-desktop-0.1.0-setup.exe packaging\installer.nsi
;
; Rules it keeps (docs/INSTALL.md explains them to IT staff):
; - per user, no administrator rights: %LOCALAPPDATA%\Programs\BKFI Desktop, HKCU only;
; - an upgrade replaces the program files in place (same folder, read back from the registry);
; - neither upgrade nor uninstall ever touches the data: the workspace lives in
;   %LOCALAPPDATA%\BKFI\BKFI Desktop, or in data\ beside the program in portable mode, and only the
;   program's own files (the two .exe, _internal\, the uninstaller) are ever removed;
; - silent for IT staff: setup.exe /S [/NODESKTOP] [/D=C:\other\folder]; uninstall.exe /S.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "pass -DBUNDLE=path\to\dist\bkfi-desktop (the PyInstaller one-folder bundle)"
!endif
!ifndef OUTFILE
  !define OUTFILE "bkfi-desktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "BKFI Desktop"
!define PUBLISHER "BKFI"
!define GUI_EXE "bkfi-desktop.exe"
!define CLI_EXE "bkfi.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\BKFIDesktop"
!define SETTINGS_KEY "Software\BKFI\BKFI Desktop Installer"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
; An upgrade goes where the previous version is, even if IT chose another folder then.
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1066 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "bkfi.ico"
!define MUI_UNICON "bkfi.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

; Only what the bundle itself holds; never data\ or anything the user put in the folder.
!macro RemoveProgramFiles
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
!macroend

Section "!${APP_NAME}" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Upgrade in place: the old version's files go first, so no stale module of it is left behind.
  !insertmacro RemoveProgramFiles
  File /r "${BUNDLE}\*.*"
  File "/oname=$INSTDIR\bkfi.ico" "bkfi.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\bkfi.ico"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}\Gỡ cài đặt ${APP_NAME}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "Version" "${VERSION}"
  ; Apps & features (Programs and Features) entry, per user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bkfi.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Lối tắt trên màn hình nền" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\bkfi.ico"
SectionEnd

Function .onInit
  ; setup.exe /S /NODESKTOP: IT staff who do not want a desktop shortcut.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Gỡ cài đặt ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\bkfi.ico"
  Delete "$INSTDIR\uninstall.exe"
  ; Not /r: a folder still holding data\ (portable mode) or the user's files stays.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  ; The workspace (%LOCALAPPDATA%\BKFI\BKFI Desktop) is the unit's records: never removed here.
SectionEnd
