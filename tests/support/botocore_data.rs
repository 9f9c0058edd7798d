//! A service's directory of the pinned botocore (installed by tests/python-env.sh into the
//! venv `AWSGEN_PYTHON` names), laid out as botocore ships it but decompressed: botocore
//! gzips `service-2.json` and `endpoint-rule-set-1.json`, and the generator reads plain JSON.

use std::path::PathBuf;
use std::process::Command;

const COPY: &str = r#"
import gzip, os, shutil, sys, botocore
service, version, dest = sys.argv[1:4]
src = os.path.join(os.path.dirname(botocore.__file__), "data", service, version)
os.makedirs(dest, exist_ok=True)
for name in sorted(os.listdir(src)):
    if name.endswith(".json.gz"):
        with gzip.open(os.path.join(src, name)) as f, open(os.path.join(dest, name[:-3]), "wb") as out:
            out.write(f.read())
    elif name.endswith(".json"):
        shutil.copyfile(os.path.join(src, name), os.path.join(dest, name))
print(botocore.__version__)
"#;

/// A fresh directory holding `service-2.json` and the side files of `service`/`version`, or
/// why there is none (no `AWSGEN_PYTHON`, no botocore, no such service).
pub fn service_dir(service: &str, version: &str) -> Result<PathBuf, String> {
    let python = std::env::var("AWSGEN_PYTHON").map_err(|_| {
        "AWSGEN_PYTHON is not set: the botocore side files come from the pinned botocore; run \
         `export AWSGEN_PYTHON=\"$(bash tests/python-env.sh)\"`"
            .to_string()
    })?;
    let dest = std::env::temp_dir().join(format!(
        "awsgen-botocore-{service}-{version}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dest);
    let out = Command::new(&python)
        .args(["-c", COPY, service, version])
        .arg(&dest)
        .output()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "copying botocore's {service}/{version} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(dest)
}
