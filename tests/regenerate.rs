//! Editing a model file makes the next `cargo build` run `athena_operation!` again.
//!
//! rustc does not know which files a proc macro reads, so the macro emits an `include_bytes!` of
//! the model. This test builds a small crate outside our workspace, renames a member in its
//! model only, and checks that the build now fails for the old member name.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MAIN_RS: &str = r#"awsgen_runtime::athena_operation!(model = "model.json", Put);

fn main() {
    let input = PutInput::builder().a("value").build();
    println!("{:?}", input.a);
}
"#;

/// An awsJson1_1 service with one operation whose input has one member, named `member`.
fn model(member: &str) -> String {
    format!(
        r#"{{
  "smithy": "2.0",
  "shapes": {{
    "example.regen#Service": {{
      "type": "service",
      "operations": [{{ "target": "example.regen#Put" }}],
      "traits": {{ "aws.protocols#awsJson1_1": {{}} }}
    }},
    "example.regen#Put": {{
      "type": "operation",
      "input": {{ "target": "example.regen#PutInput" }}
    }},
    "example.regen#PutInput": {{
      "type": "structure",
      "members": {{
        "{member}": {{ "target": "smithy.api#String" }}
      }}
    }}
  }}
}}
"#
    )
}

struct Build {
    success: bool,
    stderr: String,
}

/// `cargo build --offline` in `dir`, killed after `limit`.
fn cargo_build(dir: &Path, target_dir: &Path, limit: Duration) -> Build {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let stderr_path = dir.join("build-stderr.txt");
    let stderr_file = fs::File::create(&stderr_path).expect("create build-stderr.txt");
    let mut child = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--color", "never"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr_file)
        .spawn()
        .expect("spawn cargo build");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for cargo build") {
            break status;
        }
        if started.elapsed() > limit {
            // The child is ours: end it, then fail.
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "cargo build in {} took longer than {limit:?}; killed",
                dir.display()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let stderr = fs::read_to_string(&stderr_path).unwrap_or_default();
    eprintln!(
        "  cargo build: {status} after {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Build {
        success: status.success(),
        stderr,
    }
}

#[test]
fn editing_the_model_regenerates_on_next_build() {
    let tests_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let workspace = tests_dir.parent().expect("tests/ is inside the workspace");
    let runtime = workspace.join("runtime");
    // <target>/tmp: the probe crate; <target>/regenerate-test: its builds, kept between runs so
    // only the first run compiles the dependencies.
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let target_dir: PathBuf = tmp
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp")
        .join("regenerate-test");
    let dir = tmp.join("regenerate-probe");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).expect("create probe crate");

    let manifest = format!(
        r#"[package]
name = "regenerate-probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
awsgen-runtime = {{ path = {runtime:?} }}

# Not a member of the awsgen workspace around it.
[workspace]
"#,
        runtime = runtime.to_str().expect("UTF-8 workspace path")
    );
    fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    // Our lock file pins the same versions, so --offline resolves and builds are reused.
    fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
    fs::write(dir.join("src/main.rs"), MAIN_RS).expect("write main.rs");
    let model_path = dir.join("model.json");

    eprintln!(
        "phase 1: member A, main.rs calls .a(): builds (in {}; the first run compiles dependencies)",
        dir.display()
    );
    fs::write(&model_path, model("A")).expect("write model");
    let build = cargo_build(&dir, &target_dir, Duration::from_secs(900));
    assert!(build.success, "phase 1 failed:\n{}", build.stderr);

    eprintln!("phase 2: the model alone renames A to B: the build must now fail on .a()");
    fs::write(&model_path, model("B")).expect("write model");
    let build = cargo_build(&dir, &target_dir, Duration::from_secs(300));
    assert!(
        !build.success,
        "phase 2 built: the macro did not run again after the model changed"
    );
    assert!(
        build.stderr.contains("no method named `a`"),
        "phase 2 failed for another reason:\n{}",
        build.stderr
    );

    eprintln!("phase 3: the model is restored: builds again");
    fs::write(&model_path, model("A")).expect("write model");
    let build = cargo_build(&dir, &target_dir, Duration::from_secs(300));
    assert!(build.success, "phase 3 failed:\n{}", build.stderr);
}
