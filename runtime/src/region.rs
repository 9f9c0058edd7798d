//! The region chain: the explicit region, `AWS_REGION`, `AWS_DEFAULT_REGION`, the selected
//! profile's `region` (all resolved in [`Settings`](crate::settings::Settings)), then, last,
//! the EC2 instance's region from IMDS.

use crate::credentials::{remote, ProviderContext};

/// The region `ctx`'s settings name, else the instance's region from IMDS (`None` when IMDS
/// is disabled, unreachable or has none).
pub async fn resolve_region(ctx: &ProviderContext) -> Option<String> {
    match ctx.settings.region() {
        Some(region) => Some(region.to_string()),
        None => remote::imds_region(ctx).await,
    }
}
