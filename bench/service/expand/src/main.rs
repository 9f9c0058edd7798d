//! Times what `athena_operation!(model = ..., *)` does on every expansion, step by step:
//! read the model file, parse it (JSON and model building), generate every operation's
//! tokens, and turn the tokens into text (a stand-in for handing them to rustc). Built in
//! the dev profile this is the code the macro runs during a debug build (cargo compiles
//! proc macros and their dependencies unoptimized unless `build-override` says otherwise).
//! Prints one JSON line of medians in milliseconds. Usage: bench-service-expand MODEL [RUNS]
#![forbid(unsafe_code)]

use std::time::{Duration, Instant};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: bench-service-expand MODEL [RUNS]")?;
    let runs: usize = args.next().map_or(Ok(5), |n| n.parse())?;
    let (mut read, mut parse, mut generate, mut text) = (vec![], vec![], vec![], vec![]);
    let mut operations = 0;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let source = std::fs::read_to_string(&path)?;
        read.push(start.elapsed());

        let start = Instant::now();
        let model = awsgen_codegen::parse_model(&source, "athena")
            .map_err(|d| format!("the model does not parse: {d:?}"))?;
        parse.push(start.elapsed());

        let start = Instant::now();
        let tokens = awsgen_codegen::generate_all(&model, "athena")
            .map_err(|d| format!("generation failed: {d:?}"))?;
        generate.push(start.elapsed());

        let start = Instant::now();
        let code = tokens.to_string();
        text.push(start.elapsed());
        operations = code.matches("pub async fn ").count();
    }
    let ms = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64() * 1000.0
    };
    let (read, parse, generate, text) = (ms(&mut read), ms(&mut parse), ms(&mut generate), ms(&mut text));
    println!(
        "{{\"runs\":{runs},\"async_fns\":{operations},\"read_ms\":{read:.1},\"parse_ms\":{parse:.1},\"generate_ms\":{generate:.1},\"to_string_ms\":{text:.1},\"total_ms\":{:.1}}}",
        read + parse + generate + text
    );
    Ok(())
}
