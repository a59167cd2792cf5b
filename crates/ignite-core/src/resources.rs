//! Resource tiers and limits (docs/api.md).
//!
//! | tier | memory | CPU |
//! |---|---|---|
//! | SMALL | 256 MB | 250 millicores |
//! | MEDIUM (default) | 512 MB | 500 millicores |
//! | LARGE | 1024 MB | 1000 millicores |
//! | XLARGE | 2048 MB | 2000 millicores |
//!
//! Every tier has a 30 s call timeout. A non-zero explicit limit overrides the tier's.

use std::time::Duration;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ResourceTier {
    Small,
    #[default]
    Medium,
    Large,
    Xlarge,
}

pub const DEFAULT_TIMEOUT_SECS: u32 = 30;

/// Limits of one replica and one call. Zero in an explicit override means "the tier's".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct ResourceLimits {
    pub memory_mb: u32,
    pub cpu_millicores: u32,
    pub timeout_secs: u32,
}

impl ResourceTier {
    pub fn limits(self) -> ResourceLimits {
        let (memory_mb, cpu_millicores) = match self {
            ResourceTier::Small => (256, 250),
            ResourceTier::Medium => (512, 500),
            ResourceTier::Large => (1024, 1000),
            ResourceTier::Xlarge => (2048, 2000),
        };
        ResourceLimits { memory_mb, cpu_millicores, timeout_secs: DEFAULT_TIMEOUT_SECS }
    }
}

impl ResourceLimits {
    /// The limits in force: the tier's, with each non-zero field of `explicit` winning.
    pub fn applied(tier: ResourceTier, explicit: ResourceLimits) -> ResourceLimits {
        let base = tier.limits();
        let pick = |e: u32, b: u32| if e != 0 { e } else { b };
        ResourceLimits {
            memory_mb: pick(explicit.memory_mb, base.memory_mb),
            cpu_millicores: pick(explicit.cpu_millicores, base.cpu_millicores),
            timeout_secs: pick(explicit.timeout_secs, base.timeout_secs),
        }
    }

    pub fn memory_bytes(&self) -> u64 {
        u64::from(self.memory_mb) * 1024 * 1024
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_secs(u64::from(self.timeout_secs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medium_is_the_documented_512_500() {
        let l = ResourceTier::Medium.limits();
        assert_eq!((l.memory_mb, l.cpu_millicores), (512, 500));
        assert_eq!(ResourceTier::default(), ResourceTier::Medium);
    }

    #[test]
    fn explicit_limits_override_the_tier_field_by_field() {
        let applied = ResourceLimits::applied(
            ResourceTier::Small,
            ResourceLimits { memory_mb: 64, cpu_millicores: 0, timeout_secs: 5 },
        );
        assert_eq!(applied, ResourceLimits { memory_mb: 64, cpu_millicores: 250, timeout_secs: 5 });
        assert_eq!(applied.memory_bytes(), 64 * 1024 * 1024);
    }
}
