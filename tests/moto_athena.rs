//! Every Athena operation moto implements, called through the generated code against moto on
//! loopback with SigV4 enforced: each call must succeed and return what moto stored.
//!
//! moto answers unlike Athena in ways listed in ../shared/tools/moto/RECIPE.md: create calls
//! return a wrapper object, absent members are explicit `null`s, every body is labelled
//! `text/html`, and some list calls ignore pagination. The generated code must cope with all
//! of them; where moto returns less than Athena would, the checks say so next to the call.
//!
//! Needs `AWSGEN_PYTHON` (tests/python-env.sh); the server set-up is support/moto.rs.

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::time::Duration;

use awsgen_runtime::{Client, Error};
use awsgen_tests::moto::{IssuedKey, MotoServer, REGION};

mod athena {
    awsgen_runtime::athena_operation!(model = "../../shared/upstream/models/athena.smithy.json", *);
}

use athena::*;

/// The operations moto 5.2.5 implements in server mode (RECIPE.md): what "every" means here.
const MOTO_OPERATIONS: [&str; 27] = [
    "CreateWorkGroup",
    "GetWorkGroup",
    "ListWorkGroups",
    "DeleteWorkGroup",
    "StartQueryExecution",
    "GetQueryExecution",
    "GetQueryResults",
    "ListQueryExecutions",
    "StopQueryExecution",
    "GetQueryRuntimeStatistics",
    "CreateNamedQuery",
    "GetNamedQuery",
    "ListNamedQueries",
    "CreateDataCatalog",
    "GetDataCatalog",
    "ListDataCatalogs",
    "GetDatabase",
    "ListDatabases",
    "TagResource",
    "UntagResource",
    "ListTagsForResource",
    "CreatePreparedStatement",
    "GetPreparedStatement",
    "CreateCapacityReservation",
    "GetCapacityReservation",
    "ListCapacityReservations",
    "UpdateCapacityReservation",
];

/// The whole scenario must finish within this; each call has its own, shorter, timeout too.
const SCENARIO_LIMIT: Duration = Duration::from_secs(180);

const WORK_GROUP: &str = "awsgen-wg";
const OUTPUT_LOCATION: &str = "s3://awsgen-results/athena/";

/// `Err(message)` from the enclosing step unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// What each operation's calls came to: an operation fails when any of its calls or checks did.
#[derive(Default)]
struct Tally {
    failures: BTreeMap<&'static str, Vec<String>>,
}

impl Tally {
    /// Runs one step that exercises `op`; records its failure and goes on, so one report lists
    /// every operation that went wrong.
    async fn run<T>(
        &mut self,
        op: &'static str,
        step: impl Future<Output = Result<T, String>>,
    ) -> Option<T> {
        let failures = self.failures.entry(op).or_default();
        match step.await {
            Ok(value) => Some(value),
            Err(message) => {
                println!("FAILED {op}: {message}");
                failures.push(message);
                None
            }
        }
    }

    /// Records that `op` could not be exercised because an earlier step failed.
    fn blocked(&mut self, op: &'static str, by: &str) {
        let message = format!("not called: {by} failed");
        println!("FAILED {op}: {message}");
        self.failures.entry(op).or_default().push(message);
    }
}

/// A generated call's error as a step failure.
fn failed<E: std::fmt::Display>(error: Error<E>) -> String {
    format!("call failed: {error}")
}

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

/// The (key, value) pairs of a tag list, sorted.
fn tag_pairs(tags: &[Tag]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = tags
        .iter()
        .map(|t| {
            (
                t.key.clone().unwrap_or_default(),
                t.value.clone().unwrap_or_default(),
            )
        })
        .collect();
    pairs.sort();
    pairs
}

#[tokio::test]
async fn every_operation_moto_implements_returns_what_moto_stored() {
    for op in MOTO_OPERATIONS {
        assert!(OPERATIONS.contains(&op), "{op} is not generated");
    }
    let server = MotoServer::start();
    let key = server.issue_athena_key().await;
    let client = server.client(key.credentials.clone());

    let mut tally = Tally::default();
    tokio::time::timeout(SCENARIO_LIMIT, scenario(&server, &client, &key, &mut tally))
        .await
        .unwrap_or_else(|_| {
            panic!(
                "the scenario took longer than {SCENARIO_LIMIT:?}; moto's log: {}",
                server.log().display()
            )
        });

    let exercised: Vec<&str> = tally.failures.keys().copied().collect();
    let mut expected = MOTO_OPERATIONS.to_vec();
    expected.sort_unstable();
    assert_eq!(exercised, expected, "the operations exercised");
    let failed: Vec<&str> = tally
        .failures
        .iter()
        .filter(|(_, f)| !f.is_empty())
        .map(|(op, _)| *op)
        .collect();
    awsgen_tests::report(&format!(
        "moto operations: {} passed, {} failed",
        exercised.len() - failed.len(),
        failed.len()
    ));
    assert!(
        failed.is_empty(),
        "failed operations: {failed:?}; moto's log: {}",
        server.log().display()
    );
}

async fn scenario(server: &MotoServer, client: &Client, key: &IssuedKey, tally: &mut Tally) {
    work_groups(client, tally).await;
    queries(server, client, tally).await;
    named_queries(client, tally).await;
    data_catalogs_and_databases(client, tally).await;
    tags(client, key, tally).await;
    prepared_statements(client, tally).await;
    capacity_reservations(client, tally).await;
    // Last: the other steps use the work group.
    work_group_deletion(client, tally).await;
}

async fn work_groups(client: &Client, tally: &mut Tally) {
    tally
        .run("CreateWorkGroup", async {
            let configuration = WorkGroupConfiguration::builder()
                .result_configuration(
                    ResultConfiguration::builder()
                        .output_location(OUTPUT_LOCATION)
                        .build(),
                )
                .enforce_work_group_configuration(false)
                .publish_cloud_watch_metrics_enabled(true)
                .build();
            let input = CreateWorkGroupInput::builder()
                .name(WORK_GROUP)
                .description("made by moto_athena")
                .configuration(configuration)
                .tags(tag("team", "awsgen"))
                .build()
                .map_err(|e| e.to_string())?;
            // moto answers `{"CreateWorkGroupResponse":{...}}` where Athena sends `{}`: an
            // unknown member, ignored.
            create_work_group(client, input).await.map_err(failed)?;
            Ok(())
        })
        .await;

    tally
        .run("GetWorkGroup", async {
            let input = GetWorkGroupInput::builder()
                .work_group(WORK_GROUP)
                .build()
                .map_err(|e| e.to_string())?;
            let output = get_work_group(client, input).await.map_err(failed)?;
            let group = output
                .work_group
                .ok_or("no WorkGroup in the output".to_string())?;
            ensure!(group.name == WORK_GROUP, "name {:?}", group.name);
            ensure!(
                group.description.as_deref() == Some("made by moto_athena"),
                "description {:?}",
                group.description
            );
            ensure!(
                group.state == Some(WorkGroupState::Enabled),
                "state {:?}",
                group.state
            );
            let configuration = group.configuration.ok_or("no Configuration".to_string())?;
            let location = configuration
                .result_configuration
                .and_then(|r| r.output_location);
            ensure!(
                location.as_deref() == Some(OUTPUT_LOCATION),
                "output location {location:?}"
            );
            ensure!(
                configuration.enforce_work_group_configuration == Some(false),
                "EnforceWorkGroupConfiguration {:?}",
                configuration.enforce_work_group_configuration
            );
            ensure!(
                configuration.publish_cloud_watch_metrics_enabled == Some(true),
                "PublishCloudWatchMetricsEnabled {:?}",
                configuration.publish_cloud_watch_metrics_enabled
            );
            Ok(())
        })
        .await;

    tally
        .run("ListWorkGroups", async {
            // moto ignores MaxResults: it answers with every group and no NextToken.
            let input = ListWorkGroupsInput::builder().max_results(50).build();
            let output = list_work_groups(client, input).await.map_err(failed)?;
            let names = work_group_names(&output);
            ensure!(
                names.contains(&WORK_GROUP.to_string()) && names.contains(&"primary".to_string()),
                "work groups {names:?}"
            );
            let ours = output
                .work_groups
                .iter()
                .flatten()
                .find(|w| w.name.as_deref() == Some(WORK_GROUP));
            let description = ours.and_then(|w| w.description.as_deref());
            ensure!(
                description == Some("made by moto_athena"),
                "summary description {description:?}"
            );
            Ok(())
        })
        .await;
}

fn work_group_names(output: &ListWorkGroupsOutput) -> Vec<String> {
    output
        .work_groups
        .iter()
        .flatten()
        .filter_map(|w| w.name.clone())
        .collect()
}

/// The rows moto is told to return for the next GetQueryResults of a new execution.
const QUEUED_RESULTS: &str = r#"{"results":[{
    "rows":[{"Data":[{"VarCharValue":"name"},{"VarCharValue":"n"}]},
            {"Data":[{"VarCharValue":"alpha"},{"VarCharValue":"1"}]},
            {"Data":[{"VarCharValue":"beta"}]}],
    "column_info":[
        {"CatalogName":"hive","SchemaName":"awsgen","TableName":"t","Name":"name","Label":"name",
         "Type":"varchar","Precision":2147483647,"Scale":0,"Nullable":"NULLABLE","CaseSensitive":true},
        {"CatalogName":"hive","SchemaName":"awsgen","TableName":"t","Name":"n","Label":"n",
         "Type":"integer","Precision":10,"Scale":0,"Nullable":"NOT_NULL","CaseSensitive":false}]
}]}"#;

async fn queries(server: &MotoServer, client: &Client, tally: &mut Tally) {
    const QUERY: &str = "SELECT name, n FROM t";
    let started = tally
        .run("StartQueryExecution", async {
            let input = StartQueryExecutionInput::builder()
                .query_string(QUERY)
                .work_group(WORK_GROUP)
                .query_execution_context(
                    QueryExecutionContext::builder()
                        .catalog("AwsDataCatalog")
                        .database("awsgen")
                        .build(),
                )
                .result_configuration(
                    ResultConfiguration::builder()
                        .output_location(OUTPUT_LOCATION)
                        .build(),
                )
                .build()
                .map_err(|e| e.to_string())?;
            let output = start_query_execution(client, input).await.map_err(failed)?;
            output
                .query_execution_id
                .filter(|id| !id.is_empty())
                .ok_or("no QueryExecutionId".to_string())
        })
        .await;
    let Some(id) = started else {
        for op in [
            "GetQueryExecution",
            "GetQueryResults",
            "ListQueryExecutions",
            "StopQueryExecution",
            "GetQueryRuntimeStatistics",
        ] {
            tally.blocked(op, "StartQueryExecution");
        }
        return;
    };

    tally
        .run("GetQueryExecution", async {
            let execution = query_execution(client, &id).await?;
            ensure!(
                execution.query_execution_id.as_deref() == Some(id.as_str()),
                "id {:?}",
                execution.query_execution_id
            );
            ensure!(
                execution.query.as_deref() == Some(QUERY),
                "query {:?}",
                execution.query
            );
            ensure!(
                execution.work_group.as_deref() == Some(WORK_GROUP),
                "work group {:?}",
                execution.work_group
            );
            let context = execution.query_execution_context.unwrap_or_default();
            ensure!(
                context.database.as_deref() == Some("awsgen")
                    && context.catalog.as_deref() == Some("AwsDataCatalog"),
                "context {context:?}"
            );
            // moto runs nothing: a query has succeeded as soon as it is started.
            let status = execution.status.unwrap_or_default();
            ensure!(
                status.state == Some(QueryExecutionState::Succeeded),
                "state {:?}",
                status.state
            );
            ensure!(
                status.submission_date_time.is_some(),
                "no SubmissionDateTime in {status:?}"
            );
            let location = execution
                .result_configuration
                .and_then(|r| r.output_location)
                .unwrap_or_default();
            ensure!(
                location.starts_with(OUTPUT_LOCATION) && location.contains(&id),
                "output location {location:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("GetQueryResults", async {
            let (status, body) = server
                .moto_api("/moto-api/static/athena/query-results", QUEUED_RESULTS)
                .await;
            ensure!(status == 201, "queueing results: HTTP {status}: {body}");
            let input = GetQueryResultsInput::builder()
                .query_execution_id(&id)
                .build()
                .map_err(|e| e.to_string())?;
            let output = get_query_results(client, input).await.map_err(failed)?;
            let set = output.result_set.ok_or("no ResultSet".to_string())?;
            let rows: Vec<Vec<Option<String>>> = set
                .rows
                .unwrap_or_default()
                .into_iter()
                .map(|row| {
                    row.data
                        .unwrap_or_default()
                        .into_iter()
                        .map(|d| d.var_char_value)
                        .collect()
                })
                .collect();
            let text = |s: &str| Some(s.to_string());
            ensure!(
                rows == vec![
                    vec![text("name"), text("n")],
                    vec![text("alpha"), text("1")],
                    vec![text("beta")],
                ],
                "rows {rows:?}"
            );
            let columns = set
                .result_set_metadata
                .and_then(|m| m.column_info)
                .unwrap_or_default();
            let shapes: Vec<(&str, &str, i32, Option<&ColumnNullable>, bool)> = columns
                .iter()
                .map(|c| {
                    (
                        c.name.as_str(),
                        c.r#type.as_str(),
                        c.precision,
                        c.nullable.as_ref(),
                        c.case_sensitive,
                    )
                })
                .collect();
            ensure!(
                shapes
                    == vec![
                        (
                            "name",
                            "varchar",
                            2147483647,
                            Some(&ColumnNullable::Nullable),
                            true
                        ),
                        ("n", "integer", 10, Some(&ColumnNullable::NotNull), false),
                    ],
                "columns {columns:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("ListQueryExecutions", async {
            let input = ListQueryExecutionsInput::builder()
                .work_group(WORK_GROUP)
                .build();
            let output = list_query_executions(client, input).await.map_err(failed)?;
            let ids = output.query_execution_ids.unwrap_or_default();
            ensure!(ids.contains(&id), "ids {ids:?} lack {id}");
            Ok(())
        })
        .await;

    tally
        .run("StopQueryExecution", async {
            let input = StopQueryExecutionInput::builder()
                .query_execution_id(&id)
                .build()
                .map_err(|e| e.to_string())?;
            stop_query_execution(client, input).await.map_err(failed)?;
            Ok(())
        })
        .await;
    // moto cancels even a finished query; Athena would leave it SUCCEEDED.
    tally
        .run("GetQueryExecution", async {
            let state = query_execution(client, &id)
                .await?
                .status
                .and_then(|s| s.state);
            ensure!(
                state == Some(QueryExecutionState::Cancelled),
                "state after StopQueryExecution {state:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("GetQueryRuntimeStatistics", async {
            let input = GetQueryRuntimeStatisticsInput::builder()
                .query_execution_id(&id)
                .build()
                .map_err(|e| e.to_string())?;
            let output = get_query_runtime_statistics(client, input)
                .await
                .map_err(failed)?;
            let statistics = output
                .query_runtime_statistics
                .ok_or("no QueryRuntimeStatistics".to_string())?;
            // moto's numbers are fixed; the stage state is the execution's.
            let stage = statistics.output_stage.unwrap_or_default();
            ensure!(
                stage.state.as_deref() == Some("CANCELLED"),
                "output stage {stage:?}"
            );
            ensure!(
                stage.stage_id.is_some() && stage.output_rows.is_some(),
                "output stage {stage:?}"
            );
            ensure!(
                statistics.rows.is_some() && statistics.timeline.is_some(),
                "rows or timeline missing"
            );
            Ok(())
        })
        .await;
}

async fn query_execution(client: &Client, id: &str) -> Result<QueryExecution, String> {
    let input = GetQueryExecutionInput::builder()
        .query_execution_id(id)
        .build()
        .map_err(|e| e.to_string())?;
    get_query_execution(client, input)
        .await
        .map_err(failed)?
        .query_execution
        .ok_or("no QueryExecution".to_string())
}

async fn named_queries(client: &Client, tally: &mut Tally) {
    let created = tally
        .run("CreateNamedQuery", async {
            let input = CreateNamedQueryInput::builder()
                .name("awsgen-named")
                .description("a saved query")
                .database("awsgen")
                .query_string("SELECT 42")
                .work_group(WORK_GROUP)
                .build()
                .map_err(|e| e.to_string())?;
            create_named_query(client, input)
                .await
                .map_err(failed)?
                .named_query_id
                .filter(|id| !id.is_empty())
                .ok_or("no NamedQueryId".to_string())
        })
        .await;
    let Some(id) = created else {
        tally.blocked("GetNamedQuery", "CreateNamedQuery");
        tally.blocked("ListNamedQueries", "CreateNamedQuery");
        return;
    };

    tally
        .run("GetNamedQuery", async {
            let input = GetNamedQueryInput::builder()
                .named_query_id(&id)
                .build()
                .map_err(|e| e.to_string())?;
            let query = get_named_query(client, input)
                .await
                .map_err(failed)?
                .named_query
                .ok_or("no NamedQuery".to_string())?;
            ensure!(
                query.name == "awsgen-named"
                    && query.description.as_deref() == Some("a saved query")
                    && query.database == "awsgen"
                    && query.query_string == "SELECT 42"
                    && query.work_group.as_deref() == Some(WORK_GROUP)
                    && query.named_query_id.as_deref() == Some(id.as_str()),
                "named query {query:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("ListNamedQueries", async {
            // moto sends `"NextToken": null` on the last page: absent.
            let input = ListNamedQueriesInput::builder()
                .work_group(WORK_GROUP)
                .max_results(50)
                .build();
            let output = list_named_queries(client, input).await.map_err(failed)?;
            let ids = output.named_query_ids.unwrap_or_default();
            ensure!(ids == vec![id.clone()], "ids {ids:?}, expected [{id}]");
            ensure!(
                output.next_token.is_none(),
                "next token {:?}",
                output.next_token
            );
            Ok(())
        })
        .await;
}

async fn data_catalogs_and_databases(client: &Client, tally: &mut Tally) {
    const CATALOG: &str = "awsgen_catalog";
    let parameters: HashMap<String, String> =
        HashMap::from([("catalog-id".to_string(), "123456789012".to_string())]);
    tally
        .run("CreateDataCatalog", async {
            let input = CreateDataCatalogInput::builder()
                .name(CATALOG)
                .r#type(DataCatalogType::Glue)
                .description("a Glue catalog")
                .set_parameters(Some(parameters.clone()))
                .build()
                .map_err(|e| e.to_string())?;
            // Another wrapper object instead of Athena's DataCatalog member: nothing to read.
            create_data_catalog(client, input).await.map_err(failed)?;
            Ok(())
        })
        .await;

    tally
        .run("GetDataCatalog", async {
            let input = GetDataCatalogInput::builder()
                .name(CATALOG)
                .build()
                .map_err(|e| e.to_string())?;
            let catalog = get_data_catalog(client, input)
                .await
                .map_err(failed)?
                .data_catalog
                .ok_or("no DataCatalog".to_string())?;
            ensure!(
                catalog.name == CATALOG
                    && catalog.r#type == DataCatalogType::Glue
                    && catalog.description.as_deref() == Some("a Glue catalog")
                    && catalog.parameters.as_ref() == Some(&parameters),
                "catalog {catalog:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("ListDataCatalogs", async {
            let input = ListDataCatalogsInput::builder().build();
            let summaries = list_data_catalogs(client, input)
                .await
                .map_err(failed)?
                .data_catalogs_summary
                .unwrap_or_default();
            let ours = summaries
                .iter()
                .find(|s| s.catalog_name.as_deref() == Some(CATALOG));
            ensure!(
                ours.and_then(|s| s.r#type.as_ref()) == Some(&DataCatalogType::Glue),
                "summaries {summaries:?}"
            );
            Ok(())
        })
        .await;

    // moto has one database, `default`, and no Athena call creates another.
    tally
        .run("GetDatabase", async {
            let input = GetDatabaseInput::builder()
                .catalog_name("AwsDataCatalog")
                .database_name("default")
                .build()
                .map_err(|e| e.to_string())?;
            let database = get_database(client, input)
                .await
                .map_err(failed)?
                .database
                .ok_or("no Database".to_string())?;
            ensure!(database.name == "default", "database {database:?}");

            // A missing database is a modeled error, in JSON this time. moto spells the key
            // `message` where the model says `Message`: the member still gets the text.
            let input = GetDatabaseInput::builder()
                .catalog_name("AwsDataCatalog")
                .database_name("awsgen_missing")
                .build()
                .map_err(|e| e.to_string())?;
            match get_database(client, input).await {
                Err(Error::Service(GetDatabaseError::MetadataException(e))) => {
                    ensure!(e.meta.status == 400, "status {}", e.meta.status);
                    let message = e.message.unwrap_or_default();
                    ensure!(message.contains("awsgen_missing"), "message {message:?}");
                }
                other => {
                    return Err(format!(
                        "missing database: expected a MetadataException, got {other:?}"
                    ))
                }
            }
            Ok(())
        })
        .await;

    tally
        .run("ListDatabases", async {
            let input = ListDatabasesInput::builder()
                .catalog_name("AwsDataCatalog")
                .build()
                .map_err(|e| e.to_string())?;
            let databases = list_databases(client, input)
                .await
                .map_err(failed)?
                .database_list
                .unwrap_or_default();
            let names: Vec<&str> = databases.iter().map(|d| d.name.as_str()).collect();
            ensure!(names.contains(&"default"), "databases {names:?}");
            Ok(())
        })
        .await;
}

async fn tags(client: &Client, key: &IssuedKey, tally: &mut Tally) {
    let arn = format!(
        "arn:aws:athena:{REGION}:{}:workgroup/{WORK_GROUP}",
        key.account_id
    );
    let listed = |arn: String| async move {
        let input = ListTagsForResourceInput::builder()
            .resource_arn(arn)
            .build()
            .map_err(|e| e.to_string())?;
        let output = list_tags_for_resource(client, input)
            .await
            .map_err(failed)?;
        Ok::<_, String>(tag_pairs(&output.tags.unwrap_or_default()))
    };
    let pair = |k: &str, v: &str| (k.to_string(), v.to_string());

    tally
        .run("TagResource", async {
            let input = TagResourceInput::builder()
                .resource_arn(&arn)
                .tags(tag("stage", "test"))
                .tags(tag("owner", "moto_athena"))
                .build()
                .map_err(|e| e.to_string())?;
            tag_resource(client, input).await.map_err(failed)?;
            Ok(())
        })
        .await;

    tally
        .run("ListTagsForResource", async {
            // The tag given at creation and the two added.
            let pairs = listed(arn.clone()).await?;
            ensure!(
                pairs
                    == vec![
                        pair("owner", "moto_athena"),
                        pair("stage", "test"),
                        pair("team", "awsgen")
                    ],
                "tags {pairs:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("UntagResource", async {
            let input = UntagResourceInput::builder()
                .resource_arn(&arn)
                .tag_keys("stage")
                .tag_keys("team")
                .build()
                .map_err(|e| e.to_string())?;
            untag_resource(client, input).await.map_err(failed)?;
            let pairs = listed(arn.clone()).await?;
            ensure!(
                pairs == vec![pair("owner", "moto_athena")],
                "tags after UntagResource {pairs:?}"
            );
            Ok(())
        })
        .await;
}

async fn prepared_statements(client: &Client, tally: &mut Tally) {
    tally
        .run("CreatePreparedStatement", async {
            let input = CreatePreparedStatementInput::builder()
                .statement_name("awsgen_statement")
                .work_group(WORK_GROUP)
                .query_statement("SELECT * FROM t WHERE n = ?")
                .description("one parameter")
                .build()
                .map_err(|e| e.to_string())?;
            create_prepared_statement(client, input)
                .await
                .map_err(failed)?;
            Ok(())
        })
        .await;

    tally
        .run("GetPreparedStatement", async {
            let input = GetPreparedStatementInput::builder()
                .statement_name("awsgen_statement")
                .work_group(WORK_GROUP)
                .build()
                .map_err(|e| e.to_string())?;
            let statement = get_prepared_statement(client, input)
                .await
                .map_err(failed)?
                .prepared_statement
                .ok_or("no PreparedStatement".to_string())?;
            ensure!(
                statement.statement_name.as_deref() == Some("awsgen_statement")
                    && statement.work_group_name.as_deref() == Some(WORK_GROUP)
                    && statement.query_statement.as_deref() == Some("SELECT * FROM t WHERE n = ?")
                    && statement.description.as_deref() == Some("one parameter"),
                "statement {statement:?}"
            );
            Ok(())
        })
        .await;
}

async fn capacity_reservations(client: &Client, tally: &mut Tally) {
    const RESERVATION: &str = "awsgen-reservation";
    let reservation = || async {
        let input = GetCapacityReservationInput::builder()
            .name(RESERVATION)
            .build()
            .map_err(|e| e.to_string())?;
        // moto leaves out Status, AllocatedDpus and CreationTime, which the model requires and
        // Athena always sends: the generated reader leaves them at their defaults.
        let output = get_capacity_reservation(client, input)
            .await
            .map_err(failed)?;
        Ok::<_, String>(output.capacity_reservation)
    };

    tally
        .run("CreateCapacityReservation", async {
            let input = CreateCapacityReservationInput::builder()
                .name(RESERVATION)
                .target_dpus(24)
                .tags(tag("team", "awsgen"))
                .build()
                .map_err(|e| e.to_string())?;
            create_capacity_reservation(client, input)
                .await
                .map_err(failed)?;
            Ok(())
        })
        .await;

    tally
        .run("GetCapacityReservation", async {
            let got = reservation().await?;
            ensure!(
                got.name == RESERVATION && got.target_dpus == 24,
                "reservation {got:?}"
            );
            Ok(())
        })
        .await;

    tally
        .run("ListCapacityReservations", async {
            let input = ListCapacityReservationsInput::builder().build();
            let output = list_capacity_reservations(client, input)
                .await
                .map_err(failed)?;
            let ours: Vec<i32> = output
                .capacity_reservations
                .iter()
                .filter(|r| r.name == RESERVATION)
                .map(|r| r.target_dpus)
                .collect();
            ensure!(
                ours == vec![24],
                "reservations {:?}",
                output.capacity_reservations
            );
            Ok(())
        })
        .await;

    tally
        .run("UpdateCapacityReservation", async {
            let input = UpdateCapacityReservationInput::builder()
                .name(RESERVATION)
                .target_dpus(32)
                .build()
                .map_err(|e| e.to_string())?;
            update_capacity_reservation(client, input)
                .await
                .map_err(failed)?;
            Ok(())
        })
        .await;
    tally
        .run("GetCapacityReservation", async {
            let got = reservation().await?;
            ensure!(
                got.target_dpus == 32,
                "after UpdateCapacityReservation {got:?}"
            );
            Ok(())
        })
        .await;
}

async fn work_group_deletion(client: &Client, tally: &mut Tally) {
    tally
        .run("DeleteWorkGroup", async {
            let input = DeleteWorkGroupInput::builder()
                .work_group(WORK_GROUP)
                .recursive_delete_option(true)
                .build()
                .map_err(|e| e.to_string())?;
            delete_work_group(client, input).await.map_err(failed)?;
            Ok(())
        })
        .await;
    tally
        .run("GetWorkGroup", async {
            // Athena answers InvalidRequestException for a missing group; moto sends
            // `{"WorkGroup": null}`, which reads as an output without the member.
            let input = GetWorkGroupInput::builder()
                .work_group(WORK_GROUP)
                .build()
                .map_err(|e| e.to_string())?;
            let output = get_work_group(client, input).await.map_err(failed)?;
            ensure!(
                output.work_group.is_none(),
                "deleted group still there: {:?}",
                output.work_group
            );
            Ok(())
        })
        .await;
    tally
        .run("ListWorkGroups", async {
            let input = ListWorkGroupsInput::builder().build();
            let names = work_group_names(&list_work_groups(client, input).await.map_err(failed)?);
            ensure!(
                !names.contains(&WORK_GROUP.to_string()),
                "deleted group still listed: {names:?}"
            );
            Ok(())
        })
        .await;
}

/// What moto does not implement answers with an HTML 500 page, and so does GetQueryExecution
/// for an unknown id: the generated code must turn each into an error that shows the status
/// and the start of the page.
#[tokio::test]
async fn html_500_is_an_error_with_status_and_snippet() {
    let server = MotoServer::start();
    let key = server.issue_athena_key().await;
    let client = server.client(key.credentials);
    tokio::time::timeout(SCENARIO_LIMIT, async {
        let input = StartSessionRequest::builder()
            .work_group("primary")
            .engine_configuration(
                EngineConfiguration::builder()
                    .max_concurrent_dpus(2)
                    .build(),
            )
            .build()
            .expect("input");
        assert_html_500("StartSession", start_session(&client, input).await);

        let input = GetQueryExecutionInput::builder()
            .query_execution_id("00000000-0000-4000-8000-000000000000")
            .build()
            .expect("input");
        assert_html_500(
            "GetQueryExecution of an unknown id",
            get_query_execution(&client, input).await,
        );
    })
    .await
    .expect("moto answered in time");
}

/// An HTML 500 page as an error: unreadable, or a service error without a code, either way
/// with the status and the page's title.
fn assert_html_500<T, E>(what: &str, outcome: Result<T, Error<E>>)
where
    T: std::fmt::Debug,
    E: awsgen_runtime::OperationError + std::fmt::Debug,
{
    let (status, text) = match &outcome {
        Err(Error::UnreadableResponse(u)) => (u.status, u.snippet.clone()),
        Err(Error::Service(e)) => (
            e.meta().status,
            e.meta().message.clone().unwrap_or_default(),
        ),
        other => panic!("{what}: expected an error for HTTP 500, got {other:?}"),
    };
    assert_eq!(status, 500, "{what}: {outcome:?}");
    assert!(
        text.contains("Internal Server Error"),
        "{what}: {outcome:?}"
    );
    let shown = outcome.expect_err("an error").to_string();
    assert!(
        shown.contains("500") && shown.contains("Internal Server Error"),
        "{what}: {shown}"
    );
}
