#[test]
fn dump() {
    let out = std::path::PathBuf::from(std::env::var("DUMP_DIR").unwrap());
    std::fs::create_dir_all(&out).unwrap();
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir("../../shared/upstream/models").unwrap().map(|e| e.unwrap().path()).collect();
    for e in std::fs::read_dir("golden/features").unwrap() { let p = e.unwrap().path(); if p.extension().is_some_and(|x| x == "json") { files.push(p); } }
    files.push("../codegen/macros/models/athena-start-session.smithy.json".into());
    for p in files {
        let model = awsgen_codegen::load_model(&p, "m").unwrap();
        let code = awsgen_codegen::generate_all(&model, "m").unwrap().to_string();
        std::fs::write(out.join(p.file_name().unwrap()), code).unwrap();
    }
}
