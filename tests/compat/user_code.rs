// User code written against v1 of the Widgets model. tests/model_compat.rs compiles it, unchanged,
// against v1 and against v2, which makes only changes AWS ships as backward compatible.

// `..Default::default()` keeps a struct literal compiling when a newer model adds members.
#[allow(clippy::needless_update)]
pub fn spec() -> WidgetSpec {
    WidgetSpec {
        size: 3,
        ..Default::default()
    }
}

pub fn describe_status(status: &Status) -> &'static str {
    match status {
        Status::Active => "active",
        Status::Deleted => "deleted",
        _ => "something else",
    }
}

pub async fn create(client: &awsgen_runtime::Client) -> Result<String, String> {
    // The service client's builder: a required member a newer model gives a default to
    // changes what `CreateWidgetInput::builder().build()` returns (a `Result`, then the value),
    // never what `send()` returns.
    let widgets = Widgets::new(client.clone());
    let sent = widgets
        .create_widget()
        .name("w-1")
        .color(Color::Red)
        .spec(spec())
        .send()
        .await;
    match sent {
        Ok(out) => Ok(format!(
            "{} is {}",
            out.widget_id.as_deref().unwrap_or("?"),
            out.status.as_ref().map_or("unknown", describe_status)
        )),
        Err(awsgen_runtime::Error::Service(CreateWidgetError::BadInput(e))) => {
            Err(format!("bad input: {}", e.message.unwrap_or_default()))
        }
        Err(awsgen_runtime::Error::Service(other)) => Err(format!("service: {}", other.meta().code)),
        Err(other) => Err(other.to_string()),
    }
}
