//! The AWS partitions table behind `aws.partition`: which partition a region belongs to and
//! the DNS facts of that partition.
//!
//! The data mirrors the `partitions.json` shipped with the AWS SDKs (version 1.1). A region is
//! looked up first by its exact name, then by each partition's region pattern in table order;
//! a region matching neither belongs to `aws`, as the SDKs do.

use crate::regex::Regex;
use std::sync::OnceLock;

/// What `aws.partition` returns for a region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    /// The partition id, such as `aws` or `aws-cn`.
    pub name: &'static str,
    pub dns_suffix: &'static str,
    pub dual_stack_dns_suffix: &'static str,
    pub supports_fips: bool,
    pub supports_dual_stack: bool,
    /// The region that signs requests to the partition's global endpoints.
    pub implicit_global_region: &'static str,
    /// Regions the partition lists by name (its pattern covers the rest).
    pub regions: &'static [&'static str],
    /// The pattern (ECMAScript syntax, as in `partitions.json`) for the partition's regions.
    pub region_regex: &'static str,
    /// Host templates (`{service}`, `{region}`) for services whose model has no endpoint
    /// rules, from the partition defaults of the SDKs' `endpoints.json`: plain, FIPS,
    /// dual-stack, and both. `None`: the partition offers no such host.
    pub hosts: HostTemplates,
}

/// A partition's default host names, by variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostTemplates {
    pub plain: &'static str,
    pub fips: Option<&'static str>,
    pub dual_stack: Option<&'static str>,
    pub fips_dual_stack: Option<&'static str>,
}

impl HostTemplates {
    /// The template for the variant asked for, if the partition has one.
    pub fn variant(&self, fips: bool, dual_stack: bool) -> Option<&'static str> {
        match (fips, dual_stack) {
            (false, false) => Some(self.plain),
            (true, false) => self.fips,
            (false, true) => self.dual_stack,
            (true, true) => self.fips_dual_stack,
        }
    }
}

/// Every partition, in the order `partitions.json` lists them; the first is the fallback.
pub const PARTITIONS: &[Partition] = &[
    Partition {
        name: "aws",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-east-1",
        region_regex: r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$",
        regions: &[
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "aws-global",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
        ],
        hosts: HostTemplates {
            plain: "{service}.{region}.amazonaws.com",
            fips: Some("{service}-fips.{region}.amazonaws.com"),
            dual_stack: Some("{service}.{region}.api.aws"),
            fips_dual_stack: Some("{service}-fips.{region}.api.aws"),
        },
    },
    Partition {
        name: "aws-cn",
        dns_suffix: "amazonaws.com.cn",
        dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "cn-northwest-1",
        region_regex: r"^cn\-\w+\-\d+$",
        regions: &["aws-cn-global", "cn-north-1", "cn-northwest-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.amazonaws.com.cn",
            fips: Some("{service}-fips.{region}.amazonaws.com.cn"),
            dual_stack: Some("{service}.{region}.api.amazonwebservices.com.cn"),
            fips_dual_stack: Some("{service}-fips.{region}.api.amazonwebservices.com.cn"),
        },
    },
    Partition {
        name: "aws-eusc",
        dns_suffix: "amazonaws.eu",
        dual_stack_dns_suffix: "api.amazonwebservices.eu",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "eusc-de-east-1",
        region_regex: r"^eusc\-(de)\-\w+\-\d+$",
        regions: &["eusc-de-east-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.amazonaws.eu",
            fips: Some("{service}-fips.{region}.amazonaws.eu"),
            dual_stack: Some("{service}.{region}.api.amazonwebservices.eu"),
            fips_dual_stack: Some("{service}-fips.{region}.api.amazonwebservices.eu"),
        },
    },
    Partition {
        name: "aws-iso",
        dns_suffix: "c2s.ic.gov",
        dual_stack_dns_suffix: "api.aws.ic.gov",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-iso-east-1",
        region_regex: r"^us\-iso\-\w+\-\d+$",
        regions: &["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.c2s.ic.gov",
            fips: Some("{service}-fips.{region}.c2s.ic.gov"),
            // endpoints.json gives these partitions no dual-stack host.
            dual_stack: None,
            fips_dual_stack: None,
        },
    },
    Partition {
        name: "aws-iso-b",
        dns_suffix: "sc2s.sgov.gov",
        dual_stack_dns_suffix: "api.aws.scloud",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-isob-east-1",
        region_regex: r"^us\-isob\-\w+\-\d+$",
        regions: &["aws-iso-b-global", "us-isob-east-1", "us-isob-west-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.sc2s.sgov.gov",
            fips: Some("{service}-fips.{region}.sc2s.sgov.gov"),
            // endpoints.json gives these partitions no dual-stack host.
            dual_stack: None,
            fips_dual_stack: None,
        },
    },
    Partition {
        name: "aws-iso-e",
        dns_suffix: "cloud.adc-e.uk",
        dual_stack_dns_suffix: "api.cloud-aws.adc-e.uk",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "eu-isoe-west-1",
        region_regex: r"^eu\-isoe\-\w+\-\d+$",
        regions: &["aws-iso-e-global", "eu-isoe-west-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.cloud.adc-e.uk",
            fips: Some("{service}-fips.{region}.cloud.adc-e.uk"),
            // endpoints.json gives these partitions no dual-stack host.
            dual_stack: None,
            fips_dual_stack: None,
        },
    },
    Partition {
        name: "aws-iso-f",
        dns_suffix: "csp.hci.ic.gov",
        dual_stack_dns_suffix: "api.aws.hci.ic.gov",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-isof-south-1",
        region_regex: r"^us\-isof\-\w+\-\d+$",
        regions: &["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.csp.hci.ic.gov",
            fips: Some("{service}-fips.{region}.csp.hci.ic.gov"),
            // endpoints.json gives these partitions no dual-stack host.
            dual_stack: None,
            fips_dual_stack: None,
        },
    },
    Partition {
        name: "aws-us-gov",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-gov-west-1",
        region_regex: r"^us\-gov\-\w+\-\d+$",
        regions: &["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
        hosts: HostTemplates {
            plain: "{service}.{region}.amazonaws.com",
            fips: Some("{service}-fips.{region}.amazonaws.com"),
            dual_stack: Some("{service}.{region}.api.aws"),
            fips_dual_stack: Some("{service}-fips.{region}.api.aws"),
        },
    },
];

/// The region patterns, compiled once, in `PARTITIONS` order.
fn region_patterns() -> &'static [Option<Regex>] {
    static PATTERNS: OnceLock<Vec<Option<Regex>>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        PARTITIONS
            .iter()
            // The patterns are constants checked by a unit test; a bad one would only stop
            // that partition matching by pattern.
            .map(|p| Regex::new(p.region_regex).ok())
            .collect()
    })
}

/// The partition `region` belongs to: by name, then by pattern, else `aws`.
pub fn partition_for_region(region: &str) -> &'static Partition {
    if let Some(p) = PARTITIONS.iter().find(|p| p.regions.contains(&region)) {
        return p;
    }
    let by_pattern = PARTITIONS
        .iter()
        .zip(region_patterns())
        .find(|(_, re)| re.as_ref().is_some_and(|re| re.is_match(region)));
    match by_pattern {
        Some((p, _)) => p,
        None => &PARTITIONS[0],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(region_patterns().len(), PARTITIONS.len());
        for (p, re) in PARTITIONS.iter().zip(region_patterns()) {
            assert!(re.is_some(), "pattern of {} does not compile", p.name);
        }
    }

    #[test]
    fn listed_regions_match_their_own_pattern() {
        for p in PARTITIONS {
            for region in p.regions.iter().filter(|r| !r.ends_with("-global")) {
                assert_eq!(partition_for_region(region).name, p.name, "{region}");
            }
        }
    }

    #[test]
    fn regions_by_pattern_and_fallback() {
        let cases = [
            ("us-east-1", "aws"),
            ("xx-made-up-9", "aws"),
            ("local", "aws"),
            ("", "aws"),
            ("ap-future-7", "aws"),
            ("cn-south-4", "aws-cn"),
            ("us-gov-north-3", "aws-us-gov"),
            ("us-iso-north-2", "aws-iso"),
            ("us-isob-north-2", "aws-iso-b"),
            ("eu-isoe-north-2", "aws-iso-e"),
            ("us-isof-north-2", "aws-iso-f"),
            ("eusc-de-west-2", "aws-eusc"),
            ("eusc-fr-west-2", "aws"),
            ("aws-cn-global", "aws-cn"),
        ];
        for (region, want) in cases {
            assert_eq!(partition_for_region(region).name, want, "{region}");
        }
    }
}
