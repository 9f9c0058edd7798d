//! An event-stream operation named explicitly is refused (a whole-service `*` skips it).

awsgen_runtime::athena_operation!(model = "models/event-stream.json", Ping, Watch);

fn main() {}
