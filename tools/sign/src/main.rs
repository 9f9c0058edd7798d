//! Signs request descriptions read from stdin and prints what was signed, in the same JSON
//! as botocore's signing oracle (`shared/tools/botocore-oracle/sign_oracle.py`), so the two
//! outputs can be diffed: `sign < requests.json`.
#![forbid(unsafe_code)]

use std::io::Read;
use std::process::ExitCode;

use awsgen_sign::sign_document;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("sign: cannot read stdin: {e}");
        return ExitCode::FAILURE;
    }
    match sign_document(&input) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sign: {e}");
            ExitCode::FAILURE
        }
    }
}
