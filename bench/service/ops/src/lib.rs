//! Every operation of Athena's full model (a fixture in ../shared beside the project, never
//! copied into it), generated once; `bench-service-app` uses them.
#![forbid(unsafe_code)]

awsgen_runtime::athena_operation!(model = "../../../../shared/upstream/models/athena.smithy.json", *);
