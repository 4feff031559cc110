# The Windows bundle and its installer:
#   powershell -File packaging\windows\build.ps1 [-Python python]
# Python has Coalition's dependencies, PyInstaller and Pillow installed (pip install -e
# ".[package]" pillow).  Makes dist\coalition\ (coalition.exe for the command line,
# coalitionw.exe for the window, no console) and, with Inno Setup 6's ISCC.exe,
# dist\coalition-VERSION-windows-x64-setup.exe, which installs for the current user
# without administrator rights (or for all users when asked), with a Start menu entry.
param([string]$Python = "python")
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
New-Item -ItemType Directory -Force -Path build | Out-Null

# The icon: a .ico holding every size, from the PNGs of the package's resources.
$Icons = "coalition\resources\icons\hicolor"
& $Python -c @"
import glob, re
from PIL import Image
pngs = sorted(glob.glob(r'$Icons\*\apps\*.png'), key=lambda p: int(re.search(r'(\d+)x', p).group(1)))
if pngs:
    Image.open(pngs[-1]).save(r'build\coalition.ico', sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
"@
if ($LASTEXITCODE -ne 0) { throw "the icon could not be made" }

& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\coalition.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$Version = ((& dist\coalition\coalition.exe --version) -split " ")[1]
$Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $Iscc)) { $Iscc = "ISCC.exe" }  # on the PATH (choco install innosetup)
& $Iscc "/DAppVersion=$Version" packaging\windows\coalition.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\coalition\ and dist\coalition-$Version-windows-x64-setup.exe"
