impl serde::Serialize for Alias {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if self.canary_version != 0 {
            len += 1;
        }
        if self.canary_weight != 0 {
            len += 1;
        }
        if self.updated_at_ms != 0 {
            len += 1;
        }
        if self.max_error_rate != 0. {
            len += 1;
        }
        if self.max_p99_ms != 0 {
            len += 1;
        }
        if self.window_secs != 0 {
            len += 1;
        }
        if self.min_calls != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.Alias", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.canary_version != 0 {
            struct_ser.serialize_field("canaryVersion", &self.canary_version)?;
        }
        if self.canary_weight != 0 {
            struct_ser.serialize_field("canaryWeight", &self.canary_weight)?;
        }
        if self.updated_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAtMs", ToString::to_string(&self.updated_at_ms).as_str())?;
        }
        if self.max_error_rate != 0. {
            struct_ser.serialize_field("maxErrorRate", &self.max_error_rate)?;
        }
        if self.max_p99_ms != 0 {
            struct_ser.serialize_field("maxP99Ms", &self.max_p99_ms)?;
        }
        if self.window_secs != 0 {
            struct_ser.serialize_field("windowSecs", &self.window_secs)?;
        }
        if self.min_calls != 0 {
            struct_ser.serialize_field("minCalls", &self.min_calls)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Alias {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "version",
            "canary_version",
            "canaryVersion",
            "canary_weight",
            "canaryWeight",
            "updated_at_ms",
            "updatedAtMs",
            "max_error_rate",
            "maxErrorRate",
            "max_p99_ms",
            "maxP99Ms",
            "window_secs",
            "windowSecs",
            "min_calls",
            "minCalls",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Version,
            CanaryVersion,
            CanaryWeight,
            UpdatedAtMs,
            MaxErrorRate,
            MaxP99Ms,
            WindowSecs,
            MinCalls,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "version" => Ok(GeneratedField::Version),
                            "canaryVersion" | "canary_version" => Ok(GeneratedField::CanaryVersion),
                            "canaryWeight" | "canary_weight" => Ok(GeneratedField::CanaryWeight),
                            "updatedAtMs" | "updated_at_ms" => Ok(GeneratedField::UpdatedAtMs),
                            "maxErrorRate" | "max_error_rate" => Ok(GeneratedField::MaxErrorRate),
                            "maxP99Ms" | "max_p99_ms" => Ok(GeneratedField::MaxP99Ms),
                            "windowSecs" | "window_secs" => Ok(GeneratedField::WindowSecs),
                            "minCalls" | "min_calls" => Ok(GeneratedField::MinCalls),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Alias;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.Alias")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Alias, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut version__ = None;
                let mut canary_version__ = None;
                let mut canary_weight__ = None;
                let mut updated_at_ms__ = None;
                let mut max_error_rate__ = None;
                let mut max_p99_ms__ = None;
                let mut window_secs__ = None;
                let mut min_calls__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CanaryVersion => {
                            if canary_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canaryVersion"));
                            }
                            canary_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CanaryWeight => {
                            if canary_weight__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canaryWeight"));
                            }
                            canary_weight__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UpdatedAtMs => {
                            if updated_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAtMs"));
                            }
                            updated_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxErrorRate => {
                            if max_error_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxErrorRate"));
                            }
                            max_error_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxP99Ms => {
                            if max_p99_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxP99Ms"));
                            }
                            max_p99_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::WindowSecs => {
                            if window_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("windowSecs"));
                            }
                            window_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MinCalls => {
                            if min_calls__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minCalls"));
                            }
                            min_calls__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Alias {
                    name: name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    canary_version: canary_version__.unwrap_or_default(),
                    canary_weight: canary_weight__.unwrap_or_default(),
                    updated_at_ms: updated_at_ms__.unwrap_or_default(),
                    max_error_rate: max_error_rate__.unwrap_or_default(),
                    max_p99_ms: max_p99_ms__.unwrap_or_default(),
                    window_secs: window_secs__.unwrap_or_default(),
                    min_calls: min_calls__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.Alias", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AppCatalogFields {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.runtime.is_empty() {
            len += 1;
        }
        if self.mcp_enabled {
            len += 1;
        }
        if self.has_streaming {
            len += 1;
        }
        if self.model_count != 0 {
            len += 1;
        }
        if self.active_version != 0 {
            len += 1;
        }
        if !self.organization_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.AppCatalogFields", len)?;
        if !self.runtime.is_empty() {
            struct_ser.serialize_field("runtime", &self.runtime)?;
        }
        if self.mcp_enabled {
            struct_ser.serialize_field("mcpEnabled", &self.mcp_enabled)?;
        }
        if self.has_streaming {
            struct_ser.serialize_field("hasStreaming", &self.has_streaming)?;
        }
        if self.model_count != 0 {
            struct_ser.serialize_field("modelCount", &self.model_count)?;
        }
        if self.active_version != 0 {
            struct_ser.serialize_field("activeVersion", &self.active_version)?;
        }
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AppCatalogFields {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "runtime",
            "mcp_enabled",
            "mcpEnabled",
            "has_streaming",
            "hasStreaming",
            "model_count",
            "modelCount",
            "active_version",
            "activeVersion",
            "organization_name",
            "organizationName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Runtime,
            McpEnabled,
            HasStreaming,
            ModelCount,
            ActiveVersion,
            OrganizationName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "runtime" => Ok(GeneratedField::Runtime),
                            "mcpEnabled" | "mcp_enabled" => Ok(GeneratedField::McpEnabled),
                            "hasStreaming" | "has_streaming" => Ok(GeneratedField::HasStreaming),
                            "modelCount" | "model_count" => Ok(GeneratedField::ModelCount),
                            "activeVersion" | "active_version" => Ok(GeneratedField::ActiveVersion),
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AppCatalogFields;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.AppCatalogFields")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AppCatalogFields, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut runtime__ = None;
                let mut mcp_enabled__ = None;
                let mut has_streaming__ = None;
                let mut model_count__ = None;
                let mut active_version__ = None;
                let mut organization_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = Some(map_.next_value()?);
                        }
                        GeneratedField::McpEnabled => {
                            if mcp_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mcpEnabled"));
                            }
                            mcp_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HasStreaming => {
                            if has_streaming__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hasStreaming"));
                            }
                            has_streaming__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ModelCount => {
                            if model_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("modelCount"));
                            }
                            model_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ActiveVersion => {
                            if active_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeVersion"));
                            }
                            active_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AppCatalogFields {
                    runtime: runtime__.unwrap_or_default(),
                    mcp_enabled: mcp_enabled__.unwrap_or_default(),
                    has_streaming: has_streaming__.unwrap_or_default(),
                    model_count: model_count__.unwrap_or_default(),
                    active_version: active_version__.unwrap_or_default(),
                    organization_name: organization_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.AppCatalogFields", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AppEvent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.timestamp_ms != 0 {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if self.count != 0 {
            len += 1;
        }
        if !self.severity.is_empty() {
            len += 1;
        }
        if self.first_timestamp_ms != 0 {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.AppEvent", len)?;
        if self.timestamp_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestampMs", ToString::to_string(&self.timestamp_ms).as_str())?;
        }
        if self.kind != 0 {
            let v = AppEventKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if self.count != 0 {
            struct_ser.serialize_field("count", &self.count)?;
        }
        if !self.severity.is_empty() {
            struct_ser.serialize_field("severity", &self.severity)?;
        }
        if self.first_timestamp_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("firstTimestampMs", ToString::to_string(&self.first_timestamp_ms).as_str())?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AppEvent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "timestamp_ms",
            "timestampMs",
            "kind",
            "reason",
            "message",
            "replica_id",
            "replicaId",
            "count",
            "severity",
            "first_timestamp_ms",
            "firstTimestampMs",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TimestampMs,
            Kind,
            Reason,
            Message,
            ReplicaId,
            Count,
            Severity,
            FirstTimestampMs,
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "timestampMs" | "timestamp_ms" => Ok(GeneratedField::TimestampMs),
                            "kind" => Ok(GeneratedField::Kind),
                            "reason" => Ok(GeneratedField::Reason),
                            "message" => Ok(GeneratedField::Message),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "count" => Ok(GeneratedField::Count),
                            "severity" => Ok(GeneratedField::Severity),
                            "firstTimestampMs" | "first_timestamp_ms" => Ok(GeneratedField::FirstTimestampMs),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AppEvent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.AppEvent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AppEvent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut timestamp_ms__ = None;
                let mut kind__ = None;
                let mut reason__ = None;
                let mut message__ = None;
                let mut replica_id__ = None;
                let mut count__ = None;
                let mut severity__ = None;
                let mut first_timestamp_ms__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TimestampMs => {
                            if timestamp_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestampMs"));
                            }
                            timestamp_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<AppEventKind>()? as i32);
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Count => {
                            if count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("count"));
                            }
                            count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FirstTimestampMs => {
                            if first_timestamp_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("firstTimestampMs"));
                            }
                            first_timestamp_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(AppEvent {
                    timestamp_ms: timestamp_ms__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                    count: count__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    first_timestamp_ms: first_timestamp_ms__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.AppEvent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AppEventKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "APP_EVENT_KIND_UNSPECIFIED",
            Self::ImagePull => "APP_EVENT_KIND_IMAGE_PULL",
            Self::Scheduled => "APP_EVENT_KIND_SCHEDULED",
            Self::Started => "APP_EVENT_KIND_STARTED",
            Self::CrashLoop => "APP_EVENT_KIND_CRASH_LOOP",
            Self::OomKilled => "APP_EVENT_KIND_OOM_KILLED",
            Self::ProbeFailed => "APP_EVENT_KIND_PROBE_FAILED",
            Self::ScaledUp => "APP_EVENT_KIND_SCALED_UP",
            Self::ScaledDown => "APP_EVENT_KIND_SCALED_DOWN",
            Self::Other => "APP_EVENT_KIND_OTHER",
            Self::Ready => "APP_EVENT_KIND_READY",
            Self::Stopped => "APP_EVENT_KIND_STOPPED",
            Self::ScaledToZero => "APP_EVENT_KIND_SCALED_TO_ZERO",
            Self::Woken => "APP_EVENT_KIND_WOKEN",
            Self::Crashed => "APP_EVENT_KIND_CRASHED",
            Self::Restarted => "APP_EVENT_KIND_RESTARTED",
            Self::Timeout => "APP_EVENT_KIND_TIMEOUT",
            Self::CompileStarted => "APP_EVENT_KIND_COMPILE_STARTED",
            Self::CompileFailed => "APP_EVENT_KIND_COMPILE_FAILED",
            Self::CompileSucceeded => "APP_EVENT_KIND_COMPILE_SUCCEEDED",
            Self::Published => "APP_EVENT_KIND_PUBLISHED",
            Self::RolledBack => "APP_EVENT_KIND_ROLLED_BACK",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for AppEventKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "APP_EVENT_KIND_UNSPECIFIED",
            "APP_EVENT_KIND_IMAGE_PULL",
            "APP_EVENT_KIND_SCHEDULED",
            "APP_EVENT_KIND_STARTED",
            "APP_EVENT_KIND_CRASH_LOOP",
            "APP_EVENT_KIND_OOM_KILLED",
            "APP_EVENT_KIND_PROBE_FAILED",
            "APP_EVENT_KIND_SCALED_UP",
            "APP_EVENT_KIND_SCALED_DOWN",
            "APP_EVENT_KIND_OTHER",
            "APP_EVENT_KIND_READY",
            "APP_EVENT_KIND_STOPPED",
            "APP_EVENT_KIND_SCALED_TO_ZERO",
            "APP_EVENT_KIND_WOKEN",
            "APP_EVENT_KIND_CRASHED",
            "APP_EVENT_KIND_RESTARTED",
            "APP_EVENT_KIND_TIMEOUT",
            "APP_EVENT_KIND_COMPILE_STARTED",
            "APP_EVENT_KIND_COMPILE_FAILED",
            "APP_EVENT_KIND_COMPILE_SUCCEEDED",
            "APP_EVENT_KIND_PUBLISHED",
            "APP_EVENT_KIND_ROLLED_BACK",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = AppEventKind;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "APP_EVENT_KIND_UNSPECIFIED" => Ok(AppEventKind::Unspecified),
                    "APP_EVENT_KIND_IMAGE_PULL" => Ok(AppEventKind::ImagePull),
                    "APP_EVENT_KIND_SCHEDULED" => Ok(AppEventKind::Scheduled),
                    "APP_EVENT_KIND_STARTED" => Ok(AppEventKind::Started),
                    "APP_EVENT_KIND_CRASH_LOOP" => Ok(AppEventKind::CrashLoop),
                    "APP_EVENT_KIND_OOM_KILLED" => Ok(AppEventKind::OomKilled),
                    "APP_EVENT_KIND_PROBE_FAILED" => Ok(AppEventKind::ProbeFailed),
                    "APP_EVENT_KIND_SCALED_UP" => Ok(AppEventKind::ScaledUp),
                    "APP_EVENT_KIND_SCALED_DOWN" => Ok(AppEventKind::ScaledDown),
                    "APP_EVENT_KIND_OTHER" => Ok(AppEventKind::Other),
                    "APP_EVENT_KIND_READY" => Ok(AppEventKind::Ready),
                    "APP_EVENT_KIND_STOPPED" => Ok(AppEventKind::Stopped),
                    "APP_EVENT_KIND_SCALED_TO_ZERO" => Ok(AppEventKind::ScaledToZero),
                    "APP_EVENT_KIND_WOKEN" => Ok(AppEventKind::Woken),
                    "APP_EVENT_KIND_CRASHED" => Ok(AppEventKind::Crashed),
                    "APP_EVENT_KIND_RESTARTED" => Ok(AppEventKind::Restarted),
                    "APP_EVENT_KIND_TIMEOUT" => Ok(AppEventKind::Timeout),
                    "APP_EVENT_KIND_COMPILE_STARTED" => Ok(AppEventKind::CompileStarted),
                    "APP_EVENT_KIND_COMPILE_FAILED" => Ok(AppEventKind::CompileFailed),
                    "APP_EVENT_KIND_COMPILE_SUCCEEDED" => Ok(AppEventKind::CompileSucceeded),
                    "APP_EVENT_KIND_PUBLISHED" => Ok(AppEventKind::Published),
                    "APP_EVENT_KIND_ROLLED_BACK" => Ok(AppEventKind::RolledBack),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for AppMeta {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.runtime.is_some() {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if self.updated_at_ms != 0 {
            len += 1;
        }
        if self.resource_tier != 0 {
            len += 1;
        }
        if self.scaling.is_some() {
            len += 1;
        }
        if self.storage_mode != 0 {
            len += 1;
        }
        if self.ttl_secs != 0 {
            len += 1;
        }
        if self.applied_limits.is_some() {
            len += 1;
        }
        if self.deployment_state != 0 {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if self.active_version != 0 {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.input_schema.is_empty() {
            len += 1;
        }
        if !self.output_schema.is_empty() {
            len += 1;
        }
        if self.mcp_enabled {
            len += 1;
        }
        if self.max_concurrency != 0 {
            len += 1;
        }
        if self.deployment_mode != 0 {
            len += 1;
        }
        if !self.ports.is_empty() {
            len += 1;
        }
        if !self.health_path.is_empty() {
            len += 1;
        }
        if self.public {
            len += 1;
        }
        if self.jobs_enabled {
            len += 1;
        }
        if self.network_enabled {
            len += 1;
        }
        if self.code_kind != 0 {
            len += 1;
        }
        if !self.code_hash.is_empty() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if !self.category.is_empty() {
            len += 1;
        }
        if !self.egress_allow.is_empty() {
            len += 1;
        }
        if self.retry.is_some() {
            len += 1;
        }
        if !self.schedules.is_empty() {
            len += 1;
        }
        if self.log_retention_secs != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.AppMeta", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if self.updated_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAtMs", ToString::to_string(&self.updated_at_ms).as_str())?;
        }
        if self.resource_tier != 0 {
            let v = ResourceTier::try_from(self.resource_tier)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.resource_tier)))?;
            struct_ser.serialize_field("resourceTier", &v)?;
        }
        if let Some(v) = self.scaling.as_ref() {
            struct_ser.serialize_field("scaling", v)?;
        }
        if self.storage_mode != 0 {
            let v = StorageMode::try_from(self.storage_mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.storage_mode)))?;
            struct_ser.serialize_field("storageMode", &v)?;
        }
        if self.ttl_secs != 0 {
            struct_ser.serialize_field("ttlSecs", &self.ttl_secs)?;
        }
        if let Some(v) = self.applied_limits.as_ref() {
            struct_ser.serialize_field("appliedLimits", v)?;
        }
        if self.deployment_state != 0 {
            let v = DeploymentState::try_from(self.deployment_state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.deployment_state)))?;
            struct_ser.serialize_field("deploymentState", &v)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if self.active_version != 0 {
            struct_ser.serialize_field("activeVersion", &self.active_version)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.input_schema.is_empty() {
            struct_ser.serialize_field("inputSchema", &self.input_schema)?;
        }
        if !self.output_schema.is_empty() {
            struct_ser.serialize_field("outputSchema", &self.output_schema)?;
        }
        if self.mcp_enabled {
            struct_ser.serialize_field("mcpEnabled", &self.mcp_enabled)?;
        }
        if self.max_concurrency != 0 {
            struct_ser.serialize_field("maxConcurrency", &self.max_concurrency)?;
        }
        if self.deployment_mode != 0 {
            let v = DeploymentMode::try_from(self.deployment_mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.deployment_mode)))?;
            struct_ser.serialize_field("deploymentMode", &v)?;
        }
        if !self.ports.is_empty() {
            struct_ser.serialize_field("ports", &self.ports)?;
        }
        if !self.health_path.is_empty() {
            struct_ser.serialize_field("healthPath", &self.health_path)?;
        }
        if self.public {
            struct_ser.serialize_field("public", &self.public)?;
        }
        if self.jobs_enabled {
            struct_ser.serialize_field("jobsEnabled", &self.jobs_enabled)?;
        }
        if self.network_enabled {
            struct_ser.serialize_field("networkEnabled", &self.network_enabled)?;
        }
        if self.code_kind != 0 {
            let v = CodeKind::try_from(self.code_kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.code_kind)))?;
            struct_ser.serialize_field("codeKind", &v)?;
        }
        if !self.code_hash.is_empty() {
            struct_ser.serialize_field("codeHash", &self.code_hash)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if !self.category.is_empty() {
            struct_ser.serialize_field("category", &self.category)?;
        }
        if !self.egress_allow.is_empty() {
            struct_ser.serialize_field("egressAllow", &self.egress_allow)?;
        }
        if let Some(v) = self.retry.as_ref() {
            struct_ser.serialize_field("retry", v)?;
        }
        if !self.schedules.is_empty() {
            struct_ser.serialize_field("schedules", &self.schedules)?;
        }
        if self.log_retention_secs != 0 {
            struct_ser.serialize_field("logRetentionSecs", &self.log_retention_secs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AppMeta {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "runtime",
            "limits",
            "env",
            "created_at_ms",
            "createdAtMs",
            "updated_at_ms",
            "updatedAtMs",
            "resource_tier",
            "resourceTier",
            "scaling",
            "storage_mode",
            "storageMode",
            "ttl_secs",
            "ttlSecs",
            "applied_limits",
            "appliedLimits",
            "deployment_state",
            "deploymentState",
            "version",
            "organization_name",
            "organizationName",
            "active_version",
            "activeVersion",
            "description",
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
            "mcp_enabled",
            "mcpEnabled",
            "max_concurrency",
            "maxConcurrency",
            "deployment_mode",
            "deploymentMode",
            "ports",
            "health_path",
            "healthPath",
            "public",
            "jobs_enabled",
            "jobsEnabled",
            "network_enabled",
            "networkEnabled",
            "code_kind",
            "codeKind",
            "code_hash",
            "codeHash",
            "tags",
            "category",
            "egress_allow",
            "egressAllow",
            "retry",
            "schedules",
            "log_retention_secs",
            "logRetentionSecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Runtime,
            Limits,
            Env,
            CreatedAtMs,
            UpdatedAtMs,
            ResourceTier,
            Scaling,
            StorageMode,
            TtlSecs,
            AppliedLimits,
            DeploymentState,
            Version,
            OrganizationName,
            ActiveVersion,
            Description,
            InputSchema,
            OutputSchema,
            McpEnabled,
            MaxConcurrency,
            DeploymentMode,
            Ports,
            HealthPath,
            Public,
            JobsEnabled,
            NetworkEnabled,
            CodeKind,
            CodeHash,
            Tags,
            Category,
            EgressAllow,
            Retry,
            Schedules,
            LogRetentionSecs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "runtime" => Ok(GeneratedField::Runtime),
                            "limits" => Ok(GeneratedField::Limits),
                            "env" => Ok(GeneratedField::Env),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "updatedAtMs" | "updated_at_ms" => Ok(GeneratedField::UpdatedAtMs),
                            "resourceTier" | "resource_tier" => Ok(GeneratedField::ResourceTier),
                            "scaling" => Ok(GeneratedField::Scaling),
                            "storageMode" | "storage_mode" => Ok(GeneratedField::StorageMode),
                            "ttlSecs" | "ttl_secs" => Ok(GeneratedField::TtlSecs),
                            "appliedLimits" | "applied_limits" => Ok(GeneratedField::AppliedLimits),
                            "deploymentState" | "deployment_state" => Ok(GeneratedField::DeploymentState),
                            "version" => Ok(GeneratedField::Version),
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "activeVersion" | "active_version" => Ok(GeneratedField::ActiveVersion),
                            "description" => Ok(GeneratedField::Description),
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "mcpEnabled" | "mcp_enabled" => Ok(GeneratedField::McpEnabled),
                            "maxConcurrency" | "max_concurrency" => Ok(GeneratedField::MaxConcurrency),
                            "deploymentMode" | "deployment_mode" => Ok(GeneratedField::DeploymentMode),
                            "ports" => Ok(GeneratedField::Ports),
                            "healthPath" | "health_path" => Ok(GeneratedField::HealthPath),
                            "public" => Ok(GeneratedField::Public),
                            "jobsEnabled" | "jobs_enabled" => Ok(GeneratedField::JobsEnabled),
                            "networkEnabled" | "network_enabled" => Ok(GeneratedField::NetworkEnabled),
                            "codeKind" | "code_kind" => Ok(GeneratedField::CodeKind),
                            "codeHash" | "code_hash" => Ok(GeneratedField::CodeHash),
                            "tags" => Ok(GeneratedField::Tags),
                            "category" => Ok(GeneratedField::Category),
                            "egressAllow" | "egress_allow" => Ok(GeneratedField::EgressAllow),
                            "retry" => Ok(GeneratedField::Retry),
                            "schedules" => Ok(GeneratedField::Schedules),
                            "logRetentionSecs" | "log_retention_secs" => Ok(GeneratedField::LogRetentionSecs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AppMeta;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.AppMeta")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AppMeta, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut runtime__ = None;
                let mut limits__ = None;
                let mut env__ = None;
                let mut created_at_ms__ = None;
                let mut updated_at_ms__ = None;
                let mut resource_tier__ = None;
                let mut scaling__ = None;
                let mut storage_mode__ = None;
                let mut ttl_secs__ = None;
                let mut applied_limits__ = None;
                let mut deployment_state__ = None;
                let mut version__ = None;
                let mut organization_name__ = None;
                let mut active_version__ = None;
                let mut description__ = None;
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                let mut mcp_enabled__ = None;
                let mut max_concurrency__ = None;
                let mut deployment_mode__ = None;
                let mut ports__ = None;
                let mut health_path__ = None;
                let mut public__ = None;
                let mut jobs_enabled__ = None;
                let mut network_enabled__ = None;
                let mut code_kind__ = None;
                let mut code_hash__ = None;
                let mut tags__ = None;
                let mut category__ = None;
                let mut egress_allow__ = None;
                let mut retry__ = None;
                let mut schedules__ = None;
                let mut log_retention_secs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UpdatedAtMs => {
                            if updated_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAtMs"));
                            }
                            updated_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ResourceTier => {
                            if resource_tier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTier"));
                            }
                            resource_tier__ = Some(map_.next_value::<ResourceTier>()? as i32);
                        }
                        GeneratedField::Scaling => {
                            if scaling__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scaling"));
                            }
                            scaling__ = map_.next_value()?;
                        }
                        GeneratedField::StorageMode => {
                            if storage_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("storageMode"));
                            }
                            storage_mode__ = Some(map_.next_value::<StorageMode>()? as i32);
                        }
                        GeneratedField::TtlSecs => {
                            if ttl_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ttlSecs"));
                            }
                            ttl_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::AppliedLimits => {
                            if applied_limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appliedLimits"));
                            }
                            applied_limits__ = map_.next_value()?;
                        }
                        GeneratedField::DeploymentState => {
                            if deployment_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentState"));
                            }
                            deployment_state__ = Some(map_.next_value::<DeploymentState>()? as i32);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ActiveVersion => {
                            if active_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeVersion"));
                            }
                            active_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::McpEnabled => {
                            if mcp_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mcpEnabled"));
                            }
                            mcp_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MaxConcurrency => {
                            if max_concurrency__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxConcurrency"));
                            }
                            max_concurrency__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DeploymentMode => {
                            if deployment_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentMode"));
                            }
                            deployment_mode__ = Some(map_.next_value::<DeploymentMode>()? as i32);
                        }
                        GeneratedField::Ports => {
                            if ports__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ports"));
                            }
                            ports__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::HealthPath => {
                            if health_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("healthPath"));
                            }
                            health_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Public => {
                            if public__.is_some() {
                                return Err(serde::de::Error::duplicate_field("public"));
                            }
                            public__ = Some(map_.next_value()?);
                        }
                        GeneratedField::JobsEnabled => {
                            if jobs_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("jobsEnabled"));
                            }
                            jobs_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NetworkEnabled => {
                            if network_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("networkEnabled"));
                            }
                            network_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CodeKind => {
                            if code_kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeKind"));
                            }
                            code_kind__ = Some(map_.next_value::<CodeKind>()? as i32);
                        }
                        GeneratedField::CodeHash => {
                            if code_hash__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeHash"));
                            }
                            code_hash__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Category => {
                            if category__.is_some() {
                                return Err(serde::de::Error::duplicate_field("category"));
                            }
                            category__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EgressAllow => {
                            if egress_allow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("egressAllow"));
                            }
                            egress_allow__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Retry => {
                            if retry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retry"));
                            }
                            retry__ = map_.next_value()?;
                        }
                        GeneratedField::Schedules => {
                            if schedules__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedules"));
                            }
                            schedules__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LogRetentionSecs => {
                            if log_retention_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logRetentionSecs"));
                            }
                            log_retention_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(AppMeta {
                    id: id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    runtime: runtime__,
                    limits: limits__,
                    env: env__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    updated_at_ms: updated_at_ms__.unwrap_or_default(),
                    resource_tier: resource_tier__.unwrap_or_default(),
                    scaling: scaling__,
                    storage_mode: storage_mode__.unwrap_or_default(),
                    ttl_secs: ttl_secs__.unwrap_or_default(),
                    applied_limits: applied_limits__,
                    deployment_state: deployment_state__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    organization_name: organization_name__.unwrap_or_default(),
                    active_version: active_version__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    input_schema: input_schema__.unwrap_or_default(),
                    output_schema: output_schema__.unwrap_or_default(),
                    mcp_enabled: mcp_enabled__.unwrap_or_default(),
                    max_concurrency: max_concurrency__.unwrap_or_default(),
                    deployment_mode: deployment_mode__.unwrap_or_default(),
                    ports: ports__.unwrap_or_default(),
                    health_path: health_path__.unwrap_or_default(),
                    public: public__.unwrap_or_default(),
                    jobs_enabled: jobs_enabled__.unwrap_or_default(),
                    network_enabled: network_enabled__.unwrap_or_default(),
                    code_kind: code_kind__.unwrap_or_default(),
                    code_hash: code_hash__.unwrap_or_default(),
                    tags: tags__.unwrap_or_default(),
                    category: category__.unwrap_or_default(),
                    egress_allow: egress_allow__.unwrap_or_default(),
                    retry: retry__,
                    schedules: schedules__.unwrap_or_default(),
                    log_retention_secs: log_retention_secs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.AppMeta", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AppSecret {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.AppSecret", len)?;
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AppSecret {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Value,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AppSecret;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.AppSecret")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AppSecret, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AppSecret {
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.AppSecret", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AppSummary {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.runtime.is_some() {
            len += 1;
        }
        if self.deployment_state != 0 {
            len += 1;
        }
        if self.active_version != 0 {
            len += 1;
        }
        if self.resource_tier != 0 {
            len += 1;
        }
        if self.mcp_enabled {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if self.updated_at_ms != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.AppSummary", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if self.deployment_state != 0 {
            let v = DeploymentState::try_from(self.deployment_state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.deployment_state)))?;
            struct_ser.serialize_field("deploymentState", &v)?;
        }
        if self.active_version != 0 {
            struct_ser.serialize_field("activeVersion", &self.active_version)?;
        }
        if self.resource_tier != 0 {
            let v = ResourceTier::try_from(self.resource_tier)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.resource_tier)))?;
            struct_ser.serialize_field("resourceTier", &v)?;
        }
        if self.mcp_enabled {
            struct_ser.serialize_field("mcpEnabled", &self.mcp_enabled)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if self.updated_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAtMs", ToString::to_string(&self.updated_at_ms).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AppSummary {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "organization_name",
            "organizationName",
            "description",
            "runtime",
            "deployment_state",
            "deploymentState",
            "active_version",
            "activeVersion",
            "resource_tier",
            "resourceTier",
            "mcp_enabled",
            "mcpEnabled",
            "created_at_ms",
            "createdAtMs",
            "updated_at_ms",
            "updatedAtMs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            OrganizationName,
            Description,
            Runtime,
            DeploymentState,
            ActiveVersion,
            ResourceTier,
            McpEnabled,
            CreatedAtMs,
            UpdatedAtMs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "description" => Ok(GeneratedField::Description),
                            "runtime" => Ok(GeneratedField::Runtime),
                            "deploymentState" | "deployment_state" => Ok(GeneratedField::DeploymentState),
                            "activeVersion" | "active_version" => Ok(GeneratedField::ActiveVersion),
                            "resourceTier" | "resource_tier" => Ok(GeneratedField::ResourceTier),
                            "mcpEnabled" | "mcp_enabled" => Ok(GeneratedField::McpEnabled),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "updatedAtMs" | "updated_at_ms" => Ok(GeneratedField::UpdatedAtMs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AppSummary;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.AppSummary")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AppSummary, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut organization_name__ = None;
                let mut description__ = None;
                let mut runtime__ = None;
                let mut deployment_state__ = None;
                let mut active_version__ = None;
                let mut resource_tier__ = None;
                let mut mcp_enabled__ = None;
                let mut created_at_ms__ = None;
                let mut updated_at_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::DeploymentState => {
                            if deployment_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentState"));
                            }
                            deployment_state__ = Some(map_.next_value::<DeploymentState>()? as i32);
                        }
                        GeneratedField::ActiveVersion => {
                            if active_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeVersion"));
                            }
                            active_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ResourceTier => {
                            if resource_tier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTier"));
                            }
                            resource_tier__ = Some(map_.next_value::<ResourceTier>()? as i32);
                        }
                        GeneratedField::McpEnabled => {
                            if mcp_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mcpEnabled"));
                            }
                            mcp_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UpdatedAtMs => {
                            if updated_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAtMs"));
                            }
                            updated_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(AppSummary {
                    id: id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    organization_name: organization_name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    runtime: runtime__,
                    deployment_state: deployment_state__.unwrap_or_default(),
                    active_version: active_version__.unwrap_or_default(),
                    resource_tier: resource_tier__.unwrap_or_default(),
                    mcp_enabled: mcp_enabled__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    updated_at_ms: updated_at_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.AppSummary", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AppVersionInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.version != 0 {
            len += 1;
        }
        if !self.code_hash.is_empty() {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.resource_tier != 0 {
            len += 1;
        }
        if self.runtime.is_some() {
            len += 1;
        }
        if self.scaling.is_some() {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if self.code_kind != 0 {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.AppVersionInfo", len)?;
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.code_hash.is_empty() {
            struct_ser.serialize_field("codeHash", &self.code_hash)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if self.status != 0 {
            let v = VersionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.resource_tier != 0 {
            let v = ResourceTier::try_from(self.resource_tier)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.resource_tier)))?;
            struct_ser.serialize_field("resourceTier", &v)?;
        }
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if let Some(v) = self.scaling.as_ref() {
            struct_ser.serialize_field("scaling", v)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if self.code_kind != 0 {
            let v = CodeKind::try_from(self.code_kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.code_kind)))?;
            struct_ser.serialize_field("codeKind", &v)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AppVersionInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "version",
            "code_hash",
            "codeHash",
            "created_at_ms",
            "createdAtMs",
            "status",
            "resource_tier",
            "resourceTier",
            "runtime",
            "scaling",
            "limits",
            "code_kind",
            "codeKind",
            "size_bytes",
            "sizeBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Version,
            CodeHash,
            CreatedAtMs,
            Status,
            ResourceTier,
            Runtime,
            Scaling,
            Limits,
            CodeKind,
            SizeBytes,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "version" => Ok(GeneratedField::Version),
                            "codeHash" | "code_hash" => Ok(GeneratedField::CodeHash),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "status" => Ok(GeneratedField::Status),
                            "resourceTier" | "resource_tier" => Ok(GeneratedField::ResourceTier),
                            "runtime" => Ok(GeneratedField::Runtime),
                            "scaling" => Ok(GeneratedField::Scaling),
                            "limits" => Ok(GeneratedField::Limits),
                            "codeKind" | "code_kind" => Ok(GeneratedField::CodeKind),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AppVersionInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.AppVersionInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AppVersionInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut version__ = None;
                let mut code_hash__ = None;
                let mut created_at_ms__ = None;
                let mut status__ = None;
                let mut resource_tier__ = None;
                let mut runtime__ = None;
                let mut scaling__ = None;
                let mut limits__ = None;
                let mut code_kind__ = None;
                let mut size_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CodeHash => {
                            if code_hash__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeHash"));
                            }
                            code_hash__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<VersionStatus>()? as i32);
                        }
                        GeneratedField::ResourceTier => {
                            if resource_tier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTier"));
                            }
                            resource_tier__ = Some(map_.next_value::<ResourceTier>()? as i32);
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::Scaling => {
                            if scaling__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scaling"));
                            }
                            scaling__ = map_.next_value()?;
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::CodeKind => {
                            if code_kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeKind"));
                            }
                            code_kind__ = Some(map_.next_value::<CodeKind>()? as i32);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(AppVersionInfo {
                    version: version__.unwrap_or_default(),
                    code_hash: code_hash__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    resource_tier: resource_tier__.unwrap_or_default(),
                    runtime: runtime__,
                    scaling: scaling__,
                    limits: limits__,
                    code_kind: code_kind__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.AppVersionInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AutoMode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "AUTO_MODE_UNSPECIFIED",
            Self::Disabled => "AUTO_MODE_DISABLED",
            Self::Enabled => "AUTO_MODE_ENABLED",
            Self::TierOnly => "AUTO_MODE_TIER_ONLY",
            Self::ScaleOnly => "AUTO_MODE_SCALE_ONLY",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for AutoMode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "AUTO_MODE_UNSPECIFIED",
            "AUTO_MODE_DISABLED",
            "AUTO_MODE_ENABLED",
            "AUTO_MODE_TIER_ONLY",
            "AUTO_MODE_SCALE_ONLY",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = AutoMode;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "AUTO_MODE_UNSPECIFIED" => Ok(AutoMode::Unspecified),
                    "AUTO_MODE_DISABLED" => Ok(AutoMode::Disabled),
                    "AUTO_MODE_ENABLED" => Ok(AutoMode::Enabled),
                    "AUTO_MODE_TIER_ONLY" => Ok(AutoMode::TierOnly),
                    "AUTO_MODE_SCALE_ONLY" => Ok(AutoMode::ScaleOnly),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CallbackStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CALLBACK_STATUS_UNSPECIFIED",
            Self::Pending => "CALLBACK_STATUS_PENDING",
            Self::Delivered => "CALLBACK_STATUS_DELIVERED",
            Self::Failed => "CALLBACK_STATUS_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for CallbackStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CALLBACK_STATUS_UNSPECIFIED",
            "CALLBACK_STATUS_PENDING",
            "CALLBACK_STATUS_DELIVERED",
            "CALLBACK_STATUS_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = CallbackStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CALLBACK_STATUS_UNSPECIFIED" => Ok(CallbackStatus::Unspecified),
                    "CALLBACK_STATUS_PENDING" => Ok(CallbackStatus::Pending),
                    "CALLBACK_STATUS_DELIVERED" => Ok(CallbackStatus::Delivered),
                    "CALLBACK_STATUS_FAILED" => Ok(CallbackStatus::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CancelExecutionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CancelExecutionRequest", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelExecutionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CancelExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CancelExecutionRequest {
                    execution_id: execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CancelExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CancelExecutionResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CancelExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CancelExecutionResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CancelExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CatalogItem {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if !self.category.is_empty() {
            len += 1;
        }
        if !self.author.is_empty() {
            len += 1;
        }
        if !self.input_modality.is_empty() {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if !self.output_modality.is_empty() {
            len += 1;
        }
        if self.source_type != 0 {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CatalogItem", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if !self.category.is_empty() {
            struct_ser.serialize_field("category", &self.category)?;
        }
        if !self.author.is_empty() {
            struct_ser.serialize_field("author", &self.author)?;
        }
        if !self.input_modality.is_empty() {
            struct_ser.serialize_field("inputModality", &self.input_modality)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if !self.output_modality.is_empty() {
            struct_ser.serialize_field("outputModality", &self.output_modality)?;
        }
        if self.source_type != 0 {
            let v = CatalogSourceType::try_from(self.source_type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.source_type)))?;
            struct_ser.serialize_field("sourceType", &v)?;
        }
        if let Some(v) = self.source.as_ref() {
            match v {
                catalog_item::Source::App(v) => {
                    struct_ser.serialize_field("app", v)?;
                }
                catalog_item::Source::Model(v) => {
                    struct_ser.serialize_field("model", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CatalogItem {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "description",
            "tags",
            "category",
            "author",
            "input_modality",
            "inputModality",
            "created_at_ms",
            "createdAtMs",
            "output_modality",
            "outputModality",
            "source_type",
            "sourceType",
            "app",
            "model",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Description,
            Tags,
            Category,
            Author,
            InputModality,
            CreatedAtMs,
            OutputModality,
            SourceType,
            App,
            Model,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "tags" => Ok(GeneratedField::Tags),
                            "category" => Ok(GeneratedField::Category),
                            "author" => Ok(GeneratedField::Author),
                            "inputModality" | "input_modality" => Ok(GeneratedField::InputModality),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "outputModality" | "output_modality" => Ok(GeneratedField::OutputModality),
                            "sourceType" | "source_type" => Ok(GeneratedField::SourceType),
                            "app" => Ok(GeneratedField::App),
                            "model" => Ok(GeneratedField::Model),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CatalogItem;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CatalogItem")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CatalogItem, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut description__ = None;
                let mut tags__ = None;
                let mut category__ = None;
                let mut author__ = None;
                let mut input_modality__ = None;
                let mut created_at_ms__ = None;
                let mut output_modality__ = None;
                let mut source_type__ = None;
                let mut source__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Category => {
                            if category__.is_some() {
                                return Err(serde::de::Error::duplicate_field("category"));
                            }
                            category__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Author => {
                            if author__.is_some() {
                                return Err(serde::de::Error::duplicate_field("author"));
                            }
                            author__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InputModality => {
                            if input_modality__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputModality"));
                            }
                            input_modality__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OutputModality => {
                            if output_modality__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputModality"));
                            }
                            output_modality__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SourceType => {
                            if source_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceType"));
                            }
                            source_type__ = Some(map_.next_value::<CatalogSourceType>()? as i32);
                        }
                        GeneratedField::App => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(catalog_item::Source::App)
;
                        }
                        GeneratedField::Model => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("model"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(catalog_item::Source::Model)
;
                        }
                    }
                }
                Ok(CatalogItem {
                    id: id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    tags: tags__.unwrap_or_default(),
                    category: category__.unwrap_or_default(),
                    author: author__.unwrap_or_default(),
                    input_modality: input_modality__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    output_modality: output_modality__.unwrap_or_default(),
                    source_type: source_type__.unwrap_or_default(),
                    source: source__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CatalogItem", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CatalogSourceType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::CatalogSourceUnspecified => "CATALOG_SOURCE_UNSPECIFIED",
            Self::CatalogSourceFunction => "CATALOG_SOURCE_FUNCTION",
            Self::CatalogSourceModel => "CATALOG_SOURCE_MODEL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for CatalogSourceType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CATALOG_SOURCE_UNSPECIFIED",
            "CATALOG_SOURCE_FUNCTION",
            "CATALOG_SOURCE_MODEL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = CatalogSourceType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CATALOG_SOURCE_UNSPECIFIED" => Ok(CatalogSourceType::CatalogSourceUnspecified),
                    "CATALOG_SOURCE_FUNCTION" => Ok(CatalogSourceType::CatalogSourceFunction),
                    "CATALOG_SOURCE_MODEL" => Ok(CatalogSourceType::CatalogSourceModel),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CodeKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CODE_KIND_UNSPECIFIED",
            Self::Sdk => "CODE_KIND_SDK",
            Self::UploadImage => "CODE_KIND_UPLOAD_IMAGE",
            Self::GitImage => "CODE_KIND_GIT_IMAGE",
            Self::Prebuilt => "CODE_KIND_PREBUILT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for CodeKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CODE_KIND_UNSPECIFIED",
            "CODE_KIND_SDK",
            "CODE_KIND_UPLOAD_IMAGE",
            "CODE_KIND_GIT_IMAGE",
            "CODE_KIND_PREBUILT",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = CodeKind;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CODE_KIND_UNSPECIFIED" => Ok(CodeKind::Unspecified),
                    "CODE_KIND_SDK" => Ok(CodeKind::Sdk),
                    "CODE_KIND_UPLOAD_IMAGE" => Ok(CodeKind::UploadImage),
                    "CODE_KIND_GIT_IMAGE" => Ok(CodeKind::GitImage),
                    "CODE_KIND_PREBUILT" => Ok(CodeKind::Prebuilt),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CodeSource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.source.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CodeSource", len)?;
        if let Some(v) = self.source.as_ref() {
            match v {
                code_source::Source::Compile(v) => {
                    struct_ser.serialize_field("compile", v)?;
                }
                code_source::Source::Image(v) => {
                    struct_ser.serialize_field("image", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CodeSource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "compile",
            "image",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Compile,
            Image,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "compile" => Ok(GeneratedField::Compile),
                            "image" => Ok(GeneratedField::Image),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CodeSource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CodeSource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CodeSource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut source__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Compile => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("compile"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(code_source::Source::Compile)
;
                        }
                        GeneratedField::Image => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(code_source::Source::Image)
;
                        }
                    }
                }
                Ok(CodeSource {
                    source: source__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CodeSource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompileDraftRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CompileDraftRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompileDraftRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompileDraftRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CompileDraftRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompileDraftRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CompileDraftRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CompileDraftRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompileDraftResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.draft.is_some() {
            len += 1;
        }
        if !self.deploy_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CompileDraftResponse", len)?;
        if let Some(v) = self.draft.as_ref() {
            struct_ser.serialize_field("draft", v)?;
        }
        if !self.deploy_id.is_empty() {
            struct_ser.serialize_field("deployId", &self.deploy_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompileDraftResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "draft",
            "deploy_id",
            "deployId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Draft,
            DeployId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "draft" => Ok(GeneratedField::Draft),
                            "deployId" | "deploy_id" => Ok(GeneratedField::DeployId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompileDraftResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CompileDraftResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompileDraftResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut draft__ = None;
                let mut deploy_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Draft => {
                            if draft__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draft"));
                            }
                            draft__ = map_.next_value()?;
                        }
                        GeneratedField::DeployId => {
                            if deploy_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployId"));
                            }
                            deploy_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CompileDraftResponse {
                    draft: draft__,
                    deploy_id: deploy_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CompileDraftResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompileLogChunk {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.data.is_empty() {
            len += 1;
        }
        if self.timestamp_ms != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CompileLogChunk", len)?;
        if !self.data.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("data", pbjson::private::base64::encode(&self.data).as_str())?;
        }
        if self.timestamp_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestampMs", ToString::to_string(&self.timestamp_ms).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompileLogChunk {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "data",
            "timestamp_ms",
            "timestampMs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Data,
            TimestampMs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "data" => Ok(GeneratedField::Data),
                            "timestampMs" | "timestamp_ms" => Ok(GeneratedField::TimestampMs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompileLogChunk;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CompileLogChunk")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompileLogChunk, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut data__ = None;
                let mut timestamp_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TimestampMs => {
                            if timestamp_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestampMs"));
                            }
                            timestamp_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(CompileLogChunk {
                    data: data__.unwrap_or_default(),
                    timestamp_ms: timestamp_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CompileLogChunk", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompileSource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.runtime.is_some() {
            len += 1;
        }
        if !self.source_code.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CompileSource", len)?;
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if !self.source_code.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sourceCode", pbjson::private::base64::encode(&self.source_code).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompileSource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "runtime",
            "source_code",
            "sourceCode",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Runtime,
            SourceCode,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "runtime" => Ok(GeneratedField::Runtime),
                            "sourceCode" | "source_code" => Ok(GeneratedField::SourceCode),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompileSource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CompileSource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompileSource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut runtime__ = None;
                let mut source_code__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::SourceCode => {
                            if source_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceCode"));
                            }
                            source_code__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(CompileSource {
                    runtime: runtime__,
                    source_code: source_code__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CompileSource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateAppRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.resource_tier != 0 {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if self.code.is_some() {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if self.scaling.is_some() {
            len += 1;
        }
        if self.storage_mode != 0 {
            len += 1;
        }
        if self.ttl_secs != 0 {
            len += 1;
        }
        if self.mcp_enabled {
            len += 1;
        }
        if !self.input_schema.is_empty() {
            len += 1;
        }
        if !self.output_schema.is_empty() {
            len += 1;
        }
        if self.max_concurrency != 0 {
            len += 1;
        }
        if !self.ports.is_empty() {
            len += 1;
        }
        if !self.health_path.is_empty() {
            len += 1;
        }
        if self.public {
            len += 1;
        }
        if self.jobs_enabled {
            len += 1;
        }
        if self.network_enabled {
            len += 1;
        }
        if self.runtime.is_some() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if !self.category.is_empty() {
            len += 1;
        }
        if !self.egress_allow.is_empty() {
            len += 1;
        }
        if self.retry.is_some() {
            len += 1;
        }
        if !self.schedules.is_empty() {
            len += 1;
        }
        if self.log_retention_secs != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CreateAppRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.resource_tier != 0 {
            let v = ResourceTier::try_from(self.resource_tier)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.resource_tier)))?;
            struct_ser.serialize_field("resourceTier", &v)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if let Some(v) = self.code.as_ref() {
            struct_ser.serialize_field("code", v)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if let Some(v) = self.scaling.as_ref() {
            struct_ser.serialize_field("scaling", v)?;
        }
        if self.storage_mode != 0 {
            let v = StorageMode::try_from(self.storage_mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.storage_mode)))?;
            struct_ser.serialize_field("storageMode", &v)?;
        }
        if self.ttl_secs != 0 {
            struct_ser.serialize_field("ttlSecs", &self.ttl_secs)?;
        }
        if self.mcp_enabled {
            struct_ser.serialize_field("mcpEnabled", &self.mcp_enabled)?;
        }
        if !self.input_schema.is_empty() {
            struct_ser.serialize_field("inputSchema", &self.input_schema)?;
        }
        if !self.output_schema.is_empty() {
            struct_ser.serialize_field("outputSchema", &self.output_schema)?;
        }
        if self.max_concurrency != 0 {
            struct_ser.serialize_field("maxConcurrency", &self.max_concurrency)?;
        }
        if !self.ports.is_empty() {
            struct_ser.serialize_field("ports", &self.ports)?;
        }
        if !self.health_path.is_empty() {
            struct_ser.serialize_field("healthPath", &self.health_path)?;
        }
        if self.public {
            struct_ser.serialize_field("public", &self.public)?;
        }
        if self.jobs_enabled {
            struct_ser.serialize_field("jobsEnabled", &self.jobs_enabled)?;
        }
        if self.network_enabled {
            struct_ser.serialize_field("networkEnabled", &self.network_enabled)?;
        }
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if !self.category.is_empty() {
            struct_ser.serialize_field("category", &self.category)?;
        }
        if !self.egress_allow.is_empty() {
            struct_ser.serialize_field("egressAllow", &self.egress_allow)?;
        }
        if let Some(v) = self.retry.as_ref() {
            struct_ser.serialize_field("retry", v)?;
        }
        if !self.schedules.is_empty() {
            struct_ser.serialize_field("schedules", &self.schedules)?;
        }
        if self.log_retention_secs != 0 {
            struct_ser.serialize_field("logRetentionSecs", &self.log_retention_secs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateAppRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "name",
            "resource_tier",
            "resourceTier",
            "description",
            "env",
            "code",
            "limits",
            "scaling",
            "storage_mode",
            "storageMode",
            "ttl_secs",
            "ttlSecs",
            "mcp_enabled",
            "mcpEnabled",
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
            "max_concurrency",
            "maxConcurrency",
            "ports",
            "health_path",
            "healthPath",
            "public",
            "jobs_enabled",
            "jobsEnabled",
            "network_enabled",
            "networkEnabled",
            "runtime",
            "tags",
            "category",
            "egress_allow",
            "egressAllow",
            "retry",
            "schedules",
            "log_retention_secs",
            "logRetentionSecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            Name,
            ResourceTier,
            Description,
            Env,
            Code,
            Limits,
            Scaling,
            StorageMode,
            TtlSecs,
            McpEnabled,
            InputSchema,
            OutputSchema,
            MaxConcurrency,
            Ports,
            HealthPath,
            Public,
            JobsEnabled,
            NetworkEnabled,
            Runtime,
            Tags,
            Category,
            EgressAllow,
            Retry,
            Schedules,
            LogRetentionSecs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "name" => Ok(GeneratedField::Name),
                            "resourceTier" | "resource_tier" => Ok(GeneratedField::ResourceTier),
                            "description" => Ok(GeneratedField::Description),
                            "env" => Ok(GeneratedField::Env),
                            "code" => Ok(GeneratedField::Code),
                            "limits" => Ok(GeneratedField::Limits),
                            "scaling" => Ok(GeneratedField::Scaling),
                            "storageMode" | "storage_mode" => Ok(GeneratedField::StorageMode),
                            "ttlSecs" | "ttl_secs" => Ok(GeneratedField::TtlSecs),
                            "mcpEnabled" | "mcp_enabled" => Ok(GeneratedField::McpEnabled),
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "maxConcurrency" | "max_concurrency" => Ok(GeneratedField::MaxConcurrency),
                            "ports" => Ok(GeneratedField::Ports),
                            "healthPath" | "health_path" => Ok(GeneratedField::HealthPath),
                            "public" => Ok(GeneratedField::Public),
                            "jobsEnabled" | "jobs_enabled" => Ok(GeneratedField::JobsEnabled),
                            "networkEnabled" | "network_enabled" => Ok(GeneratedField::NetworkEnabled),
                            "runtime" => Ok(GeneratedField::Runtime),
                            "tags" => Ok(GeneratedField::Tags),
                            "category" => Ok(GeneratedField::Category),
                            "egressAllow" | "egress_allow" => Ok(GeneratedField::EgressAllow),
                            "retry" => Ok(GeneratedField::Retry),
                            "schedules" => Ok(GeneratedField::Schedules),
                            "logRetentionSecs" | "log_retention_secs" => Ok(GeneratedField::LogRetentionSecs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateAppRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CreateAppRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateAppRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut name__ = None;
                let mut resource_tier__ = None;
                let mut description__ = None;
                let mut env__ = None;
                let mut code__ = None;
                let mut limits__ = None;
                let mut scaling__ = None;
                let mut storage_mode__ = None;
                let mut ttl_secs__ = None;
                let mut mcp_enabled__ = None;
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                let mut max_concurrency__ = None;
                let mut ports__ = None;
                let mut health_path__ = None;
                let mut public__ = None;
                let mut jobs_enabled__ = None;
                let mut network_enabled__ = None;
                let mut runtime__ = None;
                let mut tags__ = None;
                let mut category__ = None;
                let mut egress_allow__ = None;
                let mut retry__ = None;
                let mut schedules__ = None;
                let mut log_retention_secs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResourceTier => {
                            if resource_tier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTier"));
                            }
                            resource_tier__ = Some(map_.next_value::<ResourceTier>()? as i32);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Code => {
                            if code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("code"));
                            }
                            code__ = map_.next_value()?;
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::Scaling => {
                            if scaling__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scaling"));
                            }
                            scaling__ = map_.next_value()?;
                        }
                        GeneratedField::StorageMode => {
                            if storage_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("storageMode"));
                            }
                            storage_mode__ = Some(map_.next_value::<StorageMode>()? as i32);
                        }
                        GeneratedField::TtlSecs => {
                            if ttl_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ttlSecs"));
                            }
                            ttl_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::McpEnabled => {
                            if mcp_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mcpEnabled"));
                            }
                            mcp_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MaxConcurrency => {
                            if max_concurrency__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxConcurrency"));
                            }
                            max_concurrency__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Ports => {
                            if ports__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ports"));
                            }
                            ports__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::HealthPath => {
                            if health_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("healthPath"));
                            }
                            health_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Public => {
                            if public__.is_some() {
                                return Err(serde::de::Error::duplicate_field("public"));
                            }
                            public__ = Some(map_.next_value()?);
                        }
                        GeneratedField::JobsEnabled => {
                            if jobs_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("jobsEnabled"));
                            }
                            jobs_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NetworkEnabled => {
                            if network_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("networkEnabled"));
                            }
                            network_enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Category => {
                            if category__.is_some() {
                                return Err(serde::de::Error::duplicate_field("category"));
                            }
                            category__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EgressAllow => {
                            if egress_allow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("egressAllow"));
                            }
                            egress_allow__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Retry => {
                            if retry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retry"));
                            }
                            retry__ = map_.next_value()?;
                        }
                        GeneratedField::Schedules => {
                            if schedules__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedules"));
                            }
                            schedules__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LogRetentionSecs => {
                            if log_retention_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logRetentionSecs"));
                            }
                            log_retention_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(CreateAppRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    resource_tier: resource_tier__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    code: code__,
                    limits: limits__,
                    scaling: scaling__,
                    storage_mode: storage_mode__.unwrap_or_default(),
                    ttl_secs: ttl_secs__.unwrap_or_default(),
                    mcp_enabled: mcp_enabled__.unwrap_or_default(),
                    input_schema: input_schema__.unwrap_or_default(),
                    output_schema: output_schema__.unwrap_or_default(),
                    max_concurrency: max_concurrency__.unwrap_or_default(),
                    ports: ports__.unwrap_or_default(),
                    health_path: health_path__.unwrap_or_default(),
                    public: public__.unwrap_or_default(),
                    jobs_enabled: jobs_enabled__.unwrap_or_default(),
                    network_enabled: network_enabled__.unwrap_or_default(),
                    runtime: runtime__,
                    tags: tags__.unwrap_or_default(),
                    category: category__.unwrap_or_default(),
                    egress_allow: egress_allow__.unwrap_or_default(),
                    retry: retry__,
                    schedules: schedules__.unwrap_or_default(),
                    log_retention_secs: log_retention_secs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CreateAppRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateAppResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.app_id.is_empty() {
            len += 1;
        }
        if self.deployment_state != 0 {
            len += 1;
        }
        if self.applied_tier != 0 {
            len += 1;
        }
        if self.applied_limits.is_some() {
            len += 1;
        }
        if self.app.is_some() {
            len += 1;
        }
        if self.draft.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CreateAppResponse", len)?;
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        if self.deployment_state != 0 {
            let v = DeploymentState::try_from(self.deployment_state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.deployment_state)))?;
            struct_ser.serialize_field("deploymentState", &v)?;
        }
        if self.applied_tier != 0 {
            let v = ResourceTier::try_from(self.applied_tier)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.applied_tier)))?;
            struct_ser.serialize_field("appliedTier", &v)?;
        }
        if let Some(v) = self.applied_limits.as_ref() {
            struct_ser.serialize_field("appliedLimits", v)?;
        }
        if let Some(v) = self.app.as_ref() {
            struct_ser.serialize_field("app", v)?;
        }
        if let Some(v) = self.draft.as_ref() {
            struct_ser.serialize_field("draft", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateAppResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app_id",
            "appId",
            "deployment_state",
            "deploymentState",
            "applied_tier",
            "appliedTier",
            "applied_limits",
            "appliedLimits",
            "app",
            "draft",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AppId,
            DeploymentState,
            AppliedTier,
            AppliedLimits,
            App,
            Draft,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            "deploymentState" | "deployment_state" => Ok(GeneratedField::DeploymentState),
                            "appliedTier" | "applied_tier" => Ok(GeneratedField::AppliedTier),
                            "appliedLimits" | "applied_limits" => Ok(GeneratedField::AppliedLimits),
                            "app" => Ok(GeneratedField::App),
                            "draft" => Ok(GeneratedField::Draft),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateAppResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CreateAppResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateAppResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app_id__ = None;
                let mut deployment_state__ = None;
                let mut applied_tier__ = None;
                let mut applied_limits__ = None;
                let mut app__ = None;
                let mut draft__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeploymentState => {
                            if deployment_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentState"));
                            }
                            deployment_state__ = Some(map_.next_value::<DeploymentState>()? as i32);
                        }
                        GeneratedField::AppliedTier => {
                            if applied_tier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appliedTier"));
                            }
                            applied_tier__ = Some(map_.next_value::<ResourceTier>()? as i32);
                        }
                        GeneratedField::AppliedLimits => {
                            if applied_limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appliedLimits"));
                            }
                            applied_limits__ = map_.next_value()?;
                        }
                        GeneratedField::App => {
                            if app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            app__ = map_.next_value()?;
                        }
                        GeneratedField::Draft => {
                            if draft__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draft"));
                            }
                            draft__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateAppResponse {
                    app_id: app_id__.unwrap_or_default(),
                    deployment_state: deployment_state__.unwrap_or_default(),
                    applied_tier: applied_tier__.unwrap_or_default(),
                    applied_limits: applied_limits__,
                    app: app__,
                    draft: draft__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CreateAppResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateSecretRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CreateSecretRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.value.as_ref() {
            struct_ser.serialize_field("value", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateSecretRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Value,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateSecretRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CreateSecretRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateSecretRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateSecretRequest {
                    name: name__.unwrap_or_default(),
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CreateSecretRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateSecretResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.secret.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.CreateSecretResponse", len)?;
        if let Some(v) = self.secret.as_ref() {
            struct_ser.serialize_field("secret", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateSecretResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Secret,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secret" => Ok(GeneratedField::Secret),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateSecretResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.CreateSecretResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateSecretResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Secret => {
                            if secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secret"));
                            }
                            secret__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateSecretResponse {
                    secret: secret__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.CreateSecretResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteAliasRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DeleteAliasRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteAliasRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Name,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteAliasRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DeleteAliasRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteAliasRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteAliasRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DeleteAliasRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteAliasResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.deleted {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DeleteAliasResponse", len)?;
        if self.deleted {
            struct_ser.serialize_field("deleted", &self.deleted)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteAliasResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deleted",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Deleted,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "deleted" => Ok(GeneratedField::Deleted),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteAliasResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DeleteAliasResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteAliasResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deleted__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Deleted => {
                            if deleted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deleted"));
                            }
                            deleted__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteAliasResponse {
                    deleted: deleted__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DeleteAliasResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteAppRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DeleteAppRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteAppRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteAppRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DeleteAppRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteAppRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteAppRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DeleteAppRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteAppResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.app_id.is_empty() {
            len += 1;
        }
        if self.versions_deleted != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DeleteAppResponse", len)?;
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        if self.versions_deleted != 0 {
            struct_ser.serialize_field("versionsDeleted", &self.versions_deleted)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteAppResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app_id",
            "appId",
            "versions_deleted",
            "versionsDeleted",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AppId,
            VersionsDeleted,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            "versionsDeleted" | "versions_deleted" => Ok(GeneratedField::VersionsDeleted),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteAppResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DeleteAppResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteAppResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app_id__ = None;
                let mut versions_deleted__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::VersionsDeleted => {
                            if versions_deleted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("versionsDeleted"));
                            }
                            versions_deleted__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(DeleteAppResponse {
                    app_id: app_id__.unwrap_or_default(),
                    versions_deleted: versions_deleted__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DeleteAppResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteSecretRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DeleteSecretRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteSecretRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteSecretRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DeleteSecretRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteSecretRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteSecretRequest {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DeleteSecretRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteSecretResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.deleted {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DeleteSecretResponse", len)?;
        if self.deleted {
            struct_ser.serialize_field("deleted", &self.deleted)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteSecretResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deleted",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Deleted,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "deleted" => Ok(GeneratedField::Deleted),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteSecretResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DeleteSecretResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteSecretResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deleted__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Deleted => {
                            if deleted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deleted"));
                            }
                            deleted__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteSecretResponse {
                    deleted: deleted__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DeleteSecretResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DenoRuntime {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DenoRuntime", len)?;
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DenoRuntime {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DenoRuntime;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DenoRuntime")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DenoRuntime, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DenoRuntime {
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DenoRuntime", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeploymentMode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "DEPLOYMENT_MODE_UNSPECIFIED",
            Self::Sdk => "DEPLOYMENT_MODE_SDK",
            Self::Image => "DEPLOYMENT_MODE_IMAGE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for DeploymentMode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "DEPLOYMENT_MODE_UNSPECIFIED",
            "DEPLOYMENT_MODE_SDK",
            "DEPLOYMENT_MODE_IMAGE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = DeploymentMode;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "DEPLOYMENT_MODE_UNSPECIFIED" => Ok(DeploymentMode::Unspecified),
                    "DEPLOYMENT_MODE_SDK" => Ok(DeploymentMode::Sdk),
                    "DEPLOYMENT_MODE_IMAGE" => Ok(DeploymentMode::Image),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for DeploymentState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "DEPLOYMENT_STATE_UNSPECIFIED",
            Self::Created => "DEPLOYMENT_STATE_CREATED",
            Self::Building => "DEPLOYMENT_STATE_BUILDING",
            Self::Deploying => "DEPLOYMENT_STATE_DEPLOYING",
            Self::Ready => "DEPLOYMENT_STATE_READY",
            Self::ScaledToZero => "DEPLOYMENT_STATE_SCALED_TO_ZERO",
            Self::Failed => "DEPLOYMENT_STATE_FAILED",
            Self::Deleting => "DEPLOYMENT_STATE_DELETING",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for DeploymentState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "DEPLOYMENT_STATE_UNSPECIFIED",
            "DEPLOYMENT_STATE_CREATED",
            "DEPLOYMENT_STATE_BUILDING",
            "DEPLOYMENT_STATE_DEPLOYING",
            "DEPLOYMENT_STATE_READY",
            "DEPLOYMENT_STATE_SCALED_TO_ZERO",
            "DEPLOYMENT_STATE_FAILED",
            "DEPLOYMENT_STATE_DELETING",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = DeploymentState;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "DEPLOYMENT_STATE_UNSPECIFIED" => Ok(DeploymentState::Unspecified),
                    "DEPLOYMENT_STATE_CREATED" => Ok(DeploymentState::Created),
                    "DEPLOYMENT_STATE_BUILDING" => Ok(DeploymentState::Building),
                    "DEPLOYMENT_STATE_DEPLOYING" => Ok(DeploymentState::Deploying),
                    "DEPLOYMENT_STATE_READY" => Ok(DeploymentState::Ready),
                    "DEPLOYMENT_STATE_SCALED_TO_ZERO" => Ok(DeploymentState::ScaledToZero),
                    "DEPLOYMENT_STATE_FAILED" => Ok(DeploymentState::Failed),
                    "DEPLOYMENT_STATE_DELETING" => Ok(DeploymentState::Deleting),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for DraftInfo {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status != 0 {
            len += 1;
        }
        if !self.code_hash.is_empty() {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if self.last_deployment_at_ms != 0 {
            len += 1;
        }
        if self.runtime.is_some() {
            len += 1;
        }
        if self.code_kind != 0 {
            len += 1;
        }
        if !self.deploy_id.is_empty() {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if !self.image_ref.is_empty() {
            len += 1;
        }
        if !self.build_id.is_empty() {
            len += 1;
        }
        if self.deployment_mode != 0 {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if self.scaling.is_some() {
            len += 1;
        }
        if !self.input_schema.is_empty() {
            len += 1;
        }
        if !self.output_schema.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if self.compiled {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.DraftInfo", len)?;
        if self.status != 0 {
            let v = VersionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.code_hash.is_empty() {
            struct_ser.serialize_field("codeHash", &self.code_hash)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if self.last_deployment_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("lastDeploymentAtMs", ToString::to_string(&self.last_deployment_at_ms).as_str())?;
        }
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if self.code_kind != 0 {
            let v = CodeKind::try_from(self.code_kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.code_kind)))?;
            struct_ser.serialize_field("codeKind", &v)?;
        }
        if !self.deploy_id.is_empty() {
            struct_ser.serialize_field("deployId", &self.deploy_id)?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if !self.image_ref.is_empty() {
            struct_ser.serialize_field("imageRef", &self.image_ref)?;
        }
        if !self.build_id.is_empty() {
            struct_ser.serialize_field("buildId", &self.build_id)?;
        }
        if self.deployment_mode != 0 {
            let v = DeploymentMode::try_from(self.deployment_mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.deployment_mode)))?;
            struct_ser.serialize_field("deploymentMode", &v)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if let Some(v) = self.scaling.as_ref() {
            struct_ser.serialize_field("scaling", v)?;
        }
        if !self.input_schema.is_empty() {
            struct_ser.serialize_field("inputSchema", &self.input_schema)?;
        }
        if !self.output_schema.is_empty() {
            struct_ser.serialize_field("outputSchema", &self.output_schema)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if self.compiled {
            struct_ser.serialize_field("compiled", &self.compiled)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DraftInfo {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "status",
            "code_hash",
            "codeHash",
            "created_at_ms",
            "createdAtMs",
            "last_deployment_at_ms",
            "lastDeploymentAtMs",
            "runtime",
            "code_kind",
            "codeKind",
            "deploy_id",
            "deployId",
            "error",
            "image_ref",
            "imageRef",
            "build_id",
            "buildId",
            "deployment_mode",
            "deploymentMode",
            "limits",
            "scaling",
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
            "size_bytes",
            "sizeBytes",
            "compiled",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            CodeHash,
            CreatedAtMs,
            LastDeploymentAtMs,
            Runtime,
            CodeKind,
            DeployId,
            Error,
            ImageRef,
            BuildId,
            DeploymentMode,
            Limits,
            Scaling,
            InputSchema,
            OutputSchema,
            SizeBytes,
            Compiled,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "status" => Ok(GeneratedField::Status),
                            "codeHash" | "code_hash" => Ok(GeneratedField::CodeHash),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "lastDeploymentAtMs" | "last_deployment_at_ms" => Ok(GeneratedField::LastDeploymentAtMs),
                            "runtime" => Ok(GeneratedField::Runtime),
                            "codeKind" | "code_kind" => Ok(GeneratedField::CodeKind),
                            "deployId" | "deploy_id" => Ok(GeneratedField::DeployId),
                            "error" => Ok(GeneratedField::Error),
                            "imageRef" | "image_ref" => Ok(GeneratedField::ImageRef),
                            "buildId" | "build_id" => Ok(GeneratedField::BuildId),
                            "deploymentMode" | "deployment_mode" => Ok(GeneratedField::DeploymentMode),
                            "limits" => Ok(GeneratedField::Limits),
                            "scaling" => Ok(GeneratedField::Scaling),
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "compiled" => Ok(GeneratedField::Compiled),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DraftInfo;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.DraftInfo")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DraftInfo, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                let mut code_hash__ = None;
                let mut created_at_ms__ = None;
                let mut last_deployment_at_ms__ = None;
                let mut runtime__ = None;
                let mut code_kind__ = None;
                let mut deploy_id__ = None;
                let mut error__ = None;
                let mut image_ref__ = None;
                let mut build_id__ = None;
                let mut deployment_mode__ = None;
                let mut limits__ = None;
                let mut scaling__ = None;
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                let mut size_bytes__ = None;
                let mut compiled__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<VersionStatus>()? as i32);
                        }
                        GeneratedField::CodeHash => {
                            if code_hash__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeHash"));
                            }
                            code_hash__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LastDeploymentAtMs => {
                            if last_deployment_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastDeploymentAtMs"));
                            }
                            last_deployment_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::CodeKind => {
                            if code_kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeKind"));
                            }
                            code_kind__ = Some(map_.next_value::<CodeKind>()? as i32);
                        }
                        GeneratedField::DeployId => {
                            if deploy_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployId"));
                            }
                            deploy_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ImageRef => {
                            if image_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("imageRef"));
                            }
                            image_ref__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BuildId => {
                            if build_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buildId"));
                            }
                            build_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeploymentMode => {
                            if deployment_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentMode"));
                            }
                            deployment_mode__ = Some(map_.next_value::<DeploymentMode>()? as i32);
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::Scaling => {
                            if scaling__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scaling"));
                            }
                            scaling__ = map_.next_value()?;
                        }
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Compiled => {
                            if compiled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("compiled"));
                            }
                            compiled__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DraftInfo {
                    status: status__.unwrap_or_default(),
                    code_hash: code_hash__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    last_deployment_at_ms: last_deployment_at_ms__.unwrap_or_default(),
                    runtime: runtime__,
                    code_kind: code_kind__.unwrap_or_default(),
                    deploy_id: deploy_id__.unwrap_or_default(),
                    error: error__.unwrap_or_default(),
                    image_ref: image_ref__.unwrap_or_default(),
                    build_id: build_id__.unwrap_or_default(),
                    deployment_mode: deployment_mode__.unwrap_or_default(),
                    limits: limits__,
                    scaling: scaling__,
                    input_schema: input_schema__.unwrap_or_default(),
                    output_schema: output_schema__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    compiled: compiled__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.DraftInfo", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Execution {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.started_at_ms != 0 {
            len += 1;
        }
        if self.completed_at_ms != 0 {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        if !self.output.is_empty() {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if self.http_status != 0 {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if !self.output_ref.is_empty() {
            len += 1;
        }
        if self.output_size != 0 {
            len += 1;
        }
        if !self.output_headers.is_empty() {
            len += 1;
        }
        if self.awaiting_input {
            len += 1;
        }
        if self.attempt != 0 {
            len += 1;
        }
        if !self.attempts.is_empty() {
            len += 1;
        }
        if self.next_attempt_at_ms != 0 {
            len += 1;
        }
        if self.dead_letter {
            len += 1;
        }
        if !self.redriven_as.is_empty() {
            len += 1;
        }
        if !self.schedule.is_empty() {
            len += 1;
        }
        if self.scheduled_at_ms != 0 {
            len += 1;
        }
        if !self.callback_url.is_empty() {
            len += 1;
        }
        if self.callback_status != 0 {
            len += 1;
        }
        if self.callback_attempts != 0 {
            len += 1;
        }
        if !self.callback_error.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.Execution", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.started_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("startedAtMs", ToString::to_string(&self.started_at_ms).as_str())?;
        }
        if self.completed_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("completedAtMs", ToString::to_string(&self.completed_at_ms).as_str())?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        if !self.output.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("output", pbjson::private::base64::encode(&self.output).as_str())?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if self.http_status != 0 {
            struct_ser.serialize_field("httpStatus", &self.http_status)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if self.kind != 0 {
            let v = ExecutionKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if !self.output_ref.is_empty() {
            struct_ser.serialize_field("outputRef", &self.output_ref)?;
        }
        if self.output_size != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("outputSize", ToString::to_string(&self.output_size).as_str())?;
        }
        if !self.output_headers.is_empty() {
            struct_ser.serialize_field("outputHeaders", &self.output_headers)?;
        }
        if self.awaiting_input {
            struct_ser.serialize_field("awaitingInput", &self.awaiting_input)?;
        }
        if self.attempt != 0 {
            struct_ser.serialize_field("attempt", &self.attempt)?;
        }
        if !self.attempts.is_empty() {
            struct_ser.serialize_field("attempts", &self.attempts)?;
        }
        if self.next_attempt_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("nextAttemptAtMs", ToString::to_string(&self.next_attempt_at_ms).as_str())?;
        }
        if self.dead_letter {
            struct_ser.serialize_field("deadLetter", &self.dead_letter)?;
        }
        if !self.redriven_as.is_empty() {
            struct_ser.serialize_field("redrivenAs", &self.redriven_as)?;
        }
        if !self.schedule.is_empty() {
            struct_ser.serialize_field("schedule", &self.schedule)?;
        }
        if self.scheduled_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("scheduledAtMs", ToString::to_string(&self.scheduled_at_ms).as_str())?;
        }
        if !self.callback_url.is_empty() {
            struct_ser.serialize_field("callbackUrl", &self.callback_url)?;
        }
        if self.callback_status != 0 {
            let v = CallbackStatus::try_from(self.callback_status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.callback_status)))?;
            struct_ser.serialize_field("callbackStatus", &v)?;
        }
        if self.callback_attempts != 0 {
            struct_ser.serialize_field("callbackAttempts", &self.callback_attempts)?;
        }
        if !self.callback_error.is_empty() {
            struct_ser.serialize_field("callbackError", &self.callback_error)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Execution {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "app_id",
            "appId",
            "version",
            "status",
            "started_at_ms",
            "startedAtMs",
            "completed_at_ms",
            "completedAtMs",
            "duration_ms",
            "durationMs",
            "output",
            "error",
            "http_status",
            "httpStatus",
            "created_at_ms",
            "createdAtMs",
            "kind",
            "output_ref",
            "outputRef",
            "output_size",
            "outputSize",
            "output_headers",
            "outputHeaders",
            "awaiting_input",
            "awaitingInput",
            "attempt",
            "attempts",
            "next_attempt_at_ms",
            "nextAttemptAtMs",
            "dead_letter",
            "deadLetter",
            "redriven_as",
            "redrivenAs",
            "schedule",
            "scheduled_at_ms",
            "scheduledAtMs",
            "callback_url",
            "callbackUrl",
            "callback_status",
            "callbackStatus",
            "callback_attempts",
            "callbackAttempts",
            "callback_error",
            "callbackError",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            AppId,
            Version,
            Status,
            StartedAtMs,
            CompletedAtMs,
            DurationMs,
            Output,
            Error,
            HttpStatus,
            CreatedAtMs,
            Kind,
            OutputRef,
            OutputSize,
            OutputHeaders,
            AwaitingInput,
            Attempt,
            Attempts,
            NextAttemptAtMs,
            DeadLetter,
            RedrivenAs,
            Schedule,
            ScheduledAtMs,
            CallbackUrl,
            CallbackStatus,
            CallbackAttempts,
            CallbackError,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            "version" => Ok(GeneratedField::Version),
                            "status" => Ok(GeneratedField::Status),
                            "startedAtMs" | "started_at_ms" => Ok(GeneratedField::StartedAtMs),
                            "completedAtMs" | "completed_at_ms" => Ok(GeneratedField::CompletedAtMs),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "output" => Ok(GeneratedField::Output),
                            "error" => Ok(GeneratedField::Error),
                            "httpStatus" | "http_status" => Ok(GeneratedField::HttpStatus),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "kind" => Ok(GeneratedField::Kind),
                            "outputRef" | "output_ref" => Ok(GeneratedField::OutputRef),
                            "outputSize" | "output_size" => Ok(GeneratedField::OutputSize),
                            "outputHeaders" | "output_headers" => Ok(GeneratedField::OutputHeaders),
                            "awaitingInput" | "awaiting_input" => Ok(GeneratedField::AwaitingInput),
                            "attempt" => Ok(GeneratedField::Attempt),
                            "attempts" => Ok(GeneratedField::Attempts),
                            "nextAttemptAtMs" | "next_attempt_at_ms" => Ok(GeneratedField::NextAttemptAtMs),
                            "deadLetter" | "dead_letter" => Ok(GeneratedField::DeadLetter),
                            "redrivenAs" | "redriven_as" => Ok(GeneratedField::RedrivenAs),
                            "schedule" => Ok(GeneratedField::Schedule),
                            "scheduledAtMs" | "scheduled_at_ms" => Ok(GeneratedField::ScheduledAtMs),
                            "callbackUrl" | "callback_url" => Ok(GeneratedField::CallbackUrl),
                            "callbackStatus" | "callback_status" => Ok(GeneratedField::CallbackStatus),
                            "callbackAttempts" | "callback_attempts" => Ok(GeneratedField::CallbackAttempts),
                            "callbackError" | "callback_error" => Ok(GeneratedField::CallbackError),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Execution;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.Execution")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Execution, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut app_id__ = None;
                let mut version__ = None;
                let mut status__ = None;
                let mut started_at_ms__ = None;
                let mut completed_at_ms__ = None;
                let mut duration_ms__ = None;
                let mut output__ = None;
                let mut error__ = None;
                let mut http_status__ = None;
                let mut created_at_ms__ = None;
                let mut kind__ = None;
                let mut output_ref__ = None;
                let mut output_size__ = None;
                let mut output_headers__ = None;
                let mut awaiting_input__ = None;
                let mut attempt__ = None;
                let mut attempts__ = None;
                let mut next_attempt_at_ms__ = None;
                let mut dead_letter__ = None;
                let mut redriven_as__ = None;
                let mut schedule__ = None;
                let mut scheduled_at_ms__ = None;
                let mut callback_url__ = None;
                let mut callback_status__ = None;
                let mut callback_attempts__ = None;
                let mut callback_error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::StartedAtMs => {
                            if started_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedAtMs"));
                            }
                            started_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CompletedAtMs => {
                            if completed_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("completedAtMs"));
                            }
                            completed_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HttpStatus => {
                            if http_status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("httpStatus"));
                            }
                            http_status__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<ExecutionKind>()? as i32);
                        }
                        GeneratedField::OutputRef => {
                            if output_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputRef"));
                            }
                            output_ref__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputSize => {
                            if output_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSize"));
                            }
                            output_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OutputHeaders => {
                            if output_headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputHeaders"));
                            }
                            output_headers__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::AwaitingInput => {
                            if awaiting_input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("awaitingInput"));
                            }
                            awaiting_input__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Attempt => {
                            if attempt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempt"));
                            }
                            attempt__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Attempts => {
                            if attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempts"));
                            }
                            attempts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextAttemptAtMs => {
                            if next_attempt_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextAttemptAtMs"));
                            }
                            next_attempt_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DeadLetter => {
                            if dead_letter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deadLetter"));
                            }
                            dead_letter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RedrivenAs => {
                            if redriven_as__.is_some() {
                                return Err(serde::de::Error::duplicate_field("redrivenAs"));
                            }
                            redriven_as__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ScheduledAtMs => {
                            if scheduled_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scheduledAtMs"));
                            }
                            scheduled_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CallbackUrl => {
                            if callback_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callbackUrl"));
                            }
                            callback_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CallbackStatus => {
                            if callback_status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callbackStatus"));
                            }
                            callback_status__ = Some(map_.next_value::<CallbackStatus>()? as i32);
                        }
                        GeneratedField::CallbackAttempts => {
                            if callback_attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callbackAttempts"));
                            }
                            callback_attempts__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CallbackError => {
                            if callback_error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callbackError"));
                            }
                            callback_error__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Execution {
                    execution_id: execution_id__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    started_at_ms: started_at_ms__.unwrap_or_default(),
                    completed_at_ms: completed_at_ms__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                    output: output__.unwrap_or_default(),
                    error: error__.unwrap_or_default(),
                    http_status: http_status__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    output_ref: output_ref__.unwrap_or_default(),
                    output_size: output_size__.unwrap_or_default(),
                    output_headers: output_headers__.unwrap_or_default(),
                    awaiting_input: awaiting_input__.unwrap_or_default(),
                    attempt: attempt__.unwrap_or_default(),
                    attempts: attempts__.unwrap_or_default(),
                    next_attempt_at_ms: next_attempt_at_ms__.unwrap_or_default(),
                    dead_letter: dead_letter__.unwrap_or_default(),
                    redriven_as: redriven_as__.unwrap_or_default(),
                    schedule: schedule__.unwrap_or_default(),
                    scheduled_at_ms: scheduled_at_ms__.unwrap_or_default(),
                    callback_url: callback_url__.unwrap_or_default(),
                    callback_status: callback_status__.unwrap_or_default(),
                    callback_attempts: callback_attempts__.unwrap_or_default(),
                    callback_error: callback_error__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.Execution", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionAttempt {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.attempt != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if self.http_status != 0 {
            len += 1;
        }
        if self.started_at_ms != 0 {
            len += 1;
        }
        if self.completed_at_ms != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ExecutionAttempt", len)?;
        if self.attempt != 0 {
            struct_ser.serialize_field("attempt", &self.attempt)?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if self.http_status != 0 {
            struct_ser.serialize_field("httpStatus", &self.http_status)?;
        }
        if self.started_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("startedAtMs", ToString::to_string(&self.started_at_ms).as_str())?;
        }
        if self.completed_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("completedAtMs", ToString::to_string(&self.completed_at_ms).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionAttempt {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "attempt",
            "status",
            "error",
            "http_status",
            "httpStatus",
            "started_at_ms",
            "startedAtMs",
            "completed_at_ms",
            "completedAtMs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Attempt,
            Status,
            Error,
            HttpStatus,
            StartedAtMs,
            CompletedAtMs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "attempt" => Ok(GeneratedField::Attempt),
                            "status" => Ok(GeneratedField::Status),
                            "error" => Ok(GeneratedField::Error),
                            "httpStatus" | "http_status" => Ok(GeneratedField::HttpStatus),
                            "startedAtMs" | "started_at_ms" => Ok(GeneratedField::StartedAtMs),
                            "completedAtMs" | "completed_at_ms" => Ok(GeneratedField::CompletedAtMs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutionAttempt;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ExecutionAttempt")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutionAttempt, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut attempt__ = None;
                let mut status__ = None;
                let mut error__ = None;
                let mut http_status__ = None;
                let mut started_at_ms__ = None;
                let mut completed_at_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Attempt => {
                            if attempt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempt"));
                            }
                            attempt__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HttpStatus => {
                            if http_status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("httpStatus"));
                            }
                            http_status__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::StartedAtMs => {
                            if started_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedAtMs"));
                            }
                            started_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CompletedAtMs => {
                            if completed_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("completedAtMs"));
                            }
                            completed_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ExecutionAttempt {
                    attempt: attempt__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    error: error__.unwrap_or_default(),
                    http_status: http_status__.unwrap_or_default(),
                    started_at_ms: started_at_ms__.unwrap_or_default(),
                    completed_at_ms: completed_at_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ExecutionAttempt", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "EXECUTION_KIND_UNSPECIFIED",
            Self::InvokeAsync => "EXECUTION_KIND_INVOKE_ASYNC",
            Self::TestDraft => "EXECUTION_KIND_TEST_DRAFT",
            Self::TestVersion => "EXECUTION_KIND_TEST_VERSION",
            Self::Job => "EXECUTION_KIND_JOB",
            Self::Mcp => "EXECUTION_KIND_MCP",
            Self::Schedule => "EXECUTION_KIND_SCHEDULE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "EXECUTION_KIND_UNSPECIFIED",
            "EXECUTION_KIND_INVOKE_ASYNC",
            "EXECUTION_KIND_TEST_DRAFT",
            "EXECUTION_KIND_TEST_VERSION",
            "EXECUTION_KIND_JOB",
            "EXECUTION_KIND_MCP",
            "EXECUTION_KIND_SCHEDULE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ExecutionKind;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "EXECUTION_KIND_UNSPECIFIED" => Ok(ExecutionKind::Unspecified),
                    "EXECUTION_KIND_INVOKE_ASYNC" => Ok(ExecutionKind::InvokeAsync),
                    "EXECUTION_KIND_TEST_DRAFT" => Ok(ExecutionKind::TestDraft),
                    "EXECUTION_KIND_TEST_VERSION" => Ok(ExecutionKind::TestVersion),
                    "EXECUTION_KIND_JOB" => Ok(ExecutionKind::Job),
                    "EXECUTION_KIND_MCP" => Ok(ExecutionKind::Mcp),
                    "EXECUTION_KIND_SCHEDULE" => Ok(ExecutionKind::Schedule),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionStatsBucket {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.start_ms != 0 {
            len += 1;
        }
        if self.end_ms != 0 {
            len += 1;
        }
        if self.success_count != 0 {
            len += 1;
        }
        if self.error_count != 0 {
            len += 1;
        }
        if self.timeout_count != 0 {
            len += 1;
        }
        if self.cold_starts != 0 {
            len += 1;
        }
        if self.p50_ms != 0. {
            len += 1;
        }
        if self.p95_ms != 0. {
            len += 1;
        }
        if self.p99_ms != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ExecutionStatsBucket", len)?;
        if self.start_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("startMs", ToString::to_string(&self.start_ms).as_str())?;
        }
        if self.end_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("endMs", ToString::to_string(&self.end_ms).as_str())?;
        }
        if self.success_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("successCount", ToString::to_string(&self.success_count).as_str())?;
        }
        if self.error_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("errorCount", ToString::to_string(&self.error_count).as_str())?;
        }
        if self.timeout_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timeoutCount", ToString::to_string(&self.timeout_count).as_str())?;
        }
        if self.cold_starts != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("coldStarts", ToString::to_string(&self.cold_starts).as_str())?;
        }
        if self.p50_ms != 0. {
            struct_ser.serialize_field("p50Ms", &self.p50_ms)?;
        }
        if self.p95_ms != 0. {
            struct_ser.serialize_field("p95Ms", &self.p95_ms)?;
        }
        if self.p99_ms != 0. {
            struct_ser.serialize_field("p99Ms", &self.p99_ms)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionStatsBucket {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "start_ms",
            "startMs",
            "end_ms",
            "endMs",
            "success_count",
            "successCount",
            "error_count",
            "errorCount",
            "timeout_count",
            "timeoutCount",
            "cold_starts",
            "coldStarts",
            "p50_ms",
            "p50Ms",
            "p95_ms",
            "p95Ms",
            "p99_ms",
            "p99Ms",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StartMs,
            EndMs,
            SuccessCount,
            ErrorCount,
            TimeoutCount,
            ColdStarts,
            P50Ms,
            P95Ms,
            P99Ms,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "startMs" | "start_ms" => Ok(GeneratedField::StartMs),
                            "endMs" | "end_ms" => Ok(GeneratedField::EndMs),
                            "successCount" | "success_count" => Ok(GeneratedField::SuccessCount),
                            "errorCount" | "error_count" => Ok(GeneratedField::ErrorCount),
                            "timeoutCount" | "timeout_count" => Ok(GeneratedField::TimeoutCount),
                            "coldStarts" | "cold_starts" => Ok(GeneratedField::ColdStarts),
                            "p50Ms" | "p50_ms" => Ok(GeneratedField::P50Ms),
                            "p95Ms" | "p95_ms" => Ok(GeneratedField::P95Ms),
                            "p99Ms" | "p99_ms" => Ok(GeneratedField::P99Ms),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutionStatsBucket;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ExecutionStatsBucket")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutionStatsBucket, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut start_ms__ = None;
                let mut end_ms__ = None;
                let mut success_count__ = None;
                let mut error_count__ = None;
                let mut timeout_count__ = None;
                let mut cold_starts__ = None;
                let mut p50_ms__ = None;
                let mut p95_ms__ = None;
                let mut p99_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::StartMs => {
                            if start_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startMs"));
                            }
                            start_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::EndMs => {
                            if end_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endMs"));
                            }
                            end_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SuccessCount => {
                            if success_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("successCount"));
                            }
                            success_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ErrorCount => {
                            if error_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("errorCount"));
                            }
                            error_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TimeoutCount => {
                            if timeout_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeoutCount"));
                            }
                            timeout_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ColdStarts => {
                            if cold_starts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("coldStarts"));
                            }
                            cold_starts__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P50Ms => {
                            if p50_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p50Ms"));
                            }
                            p50_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P95Ms => {
                            if p95_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p95Ms"));
                            }
                            p95_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P99Ms => {
                            if p99_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p99Ms"));
                            }
                            p99_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ExecutionStatsBucket {
                    start_ms: start_ms__.unwrap_or_default(),
                    end_ms: end_ms__.unwrap_or_default(),
                    success_count: success_count__.unwrap_or_default(),
                    error_count: error_count__.unwrap_or_default(),
                    timeout_count: timeout_count__.unwrap_or_default(),
                    cold_starts: cold_starts__.unwrap_or_default(),
                    p50_ms: p50_ms__.unwrap_or_default(),
                    p95_ms: p95_ms__.unwrap_or_default(),
                    p99_ms: p99_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ExecutionStatsBucket", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "EXECUTION_STATUS_UNSPECIFIED",
            Self::Pending => "EXECUTION_STATUS_PENDING",
            Self::Running => "EXECUTION_STATUS_RUNNING",
            Self::Succeeded => "EXECUTION_STATUS_SUCCEEDED",
            Self::Failed => "EXECUTION_STATUS_FAILED",
            Self::Timeout => "EXECUTION_STATUS_TIMEOUT",
            Self::Cancelled => "EXECUTION_STATUS_CANCELLED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "EXECUTION_STATUS_UNSPECIFIED",
            "EXECUTION_STATUS_PENDING",
            "EXECUTION_STATUS_RUNNING",
            "EXECUTION_STATUS_SUCCEEDED",
            "EXECUTION_STATUS_FAILED",
            "EXECUTION_STATUS_TIMEOUT",
            "EXECUTION_STATUS_CANCELLED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ExecutionStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "EXECUTION_STATUS_UNSPECIFIED" => Ok(ExecutionStatus::Unspecified),
                    "EXECUTION_STATUS_PENDING" => Ok(ExecutionStatus::Pending),
                    "EXECUTION_STATUS_RUNNING" => Ok(ExecutionStatus::Running),
                    "EXECUTION_STATUS_SUCCEEDED" => Ok(ExecutionStatus::Succeeded),
                    "EXECUTION_STATUS_FAILED" => Ok(ExecutionStatus::Failed),
                    "EXECUTION_STATUS_TIMEOUT" => Ok(ExecutionStatus::Timeout),
                    "EXECUTION_STATUS_CANCELLED" => Ok(ExecutionStatus::Cancelled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppCodeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppCodeRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppCodeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppCodeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppCodeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppCodeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(GetAppCodeRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppCodeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppCodeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.source_code.is_empty() {
            len += 1;
        }
        if !self.code_hash.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if self.code_kind != 0 {
            len += 1;
        }
        if self.runtime.is_some() {
            len += 1;
        }
        if !self.image_ref.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppCodeResponse", len)?;
        if !self.source_code.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sourceCode", pbjson::private::base64::encode(&self.source_code).as_str())?;
        }
        if !self.code_hash.is_empty() {
            struct_ser.serialize_field("codeHash", &self.code_hash)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.code_kind != 0 {
            let v = CodeKind::try_from(self.code_kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.code_kind)))?;
            struct_ser.serialize_field("codeKind", &v)?;
        }
        if let Some(v) = self.runtime.as_ref() {
            struct_ser.serialize_field("runtime", v)?;
        }
        if !self.image_ref.is_empty() {
            struct_ser.serialize_field("imageRef", &self.image_ref)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppCodeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "source_code",
            "sourceCode",
            "code_hash",
            "codeHash",
            "version",
            "code_kind",
            "codeKind",
            "runtime",
            "image_ref",
            "imageRef",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SourceCode,
            CodeHash,
            Version,
            CodeKind,
            Runtime,
            ImageRef,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "sourceCode" | "source_code" => Ok(GeneratedField::SourceCode),
                            "codeHash" | "code_hash" => Ok(GeneratedField::CodeHash),
                            "version" => Ok(GeneratedField::Version),
                            "codeKind" | "code_kind" => Ok(GeneratedField::CodeKind),
                            "runtime" => Ok(GeneratedField::Runtime),
                            "imageRef" | "image_ref" => Ok(GeneratedField::ImageRef),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppCodeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppCodeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppCodeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut source_code__ = None;
                let mut code_hash__ = None;
                let mut version__ = None;
                let mut code_kind__ = None;
                let mut runtime__ = None;
                let mut image_ref__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SourceCode => {
                            if source_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceCode"));
                            }
                            source_code__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CodeHash => {
                            if code_hash__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeHash"));
                            }
                            code_hash__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CodeKind => {
                            if code_kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeKind"));
                            }
                            code_kind__ = Some(map_.next_value::<CodeKind>()? as i32);
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = map_.next_value()?;
                        }
                        GeneratedField::ImageRef => {
                            if image_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("imageRef"));
                            }
                            image_ref__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppCodeResponse {
                    source_code: source_code__.unwrap_or_default(),
                    code_hash: code_hash__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    code_kind: code_kind__.unwrap_or_default(),
                    runtime: runtime__,
                    image_ref: image_ref__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppCodeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppEventsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.severity.is_empty() {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppEventsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.severity.is_empty() {
            struct_ser.serialize_field("severity", &self.severity)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppEventsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "severity",
            "limit",
            "replica_id",
            "replicaId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Severity,
            Limit,
            ReplicaId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "severity" => Ok(GeneratedField::Severity),
                            "limit" => Ok(GeneratedField::Limit),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppEventsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppEventsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppEventsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut severity__ = None;
                let mut limit__ = None;
                let mut replica_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppEventsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppEventsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppEventsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.events.is_empty() {
            len += 1;
        }
        if self.truncated {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppEventsResponse", len)?;
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        if self.truncated {
            struct_ser.serialize_field("truncated", &self.truncated)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppEventsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "events",
            "truncated",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Events,
            Truncated,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "events" => Ok(GeneratedField::Events),
                            "truncated" => Ok(GeneratedField::Truncated),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppEventsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppEventsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppEventsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut events__ = None;
                let mut truncated__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Truncated => {
                            if truncated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("truncated"));
                            }
                            truncated__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppEventsResponse {
                    events: events__.unwrap_or_default(),
                    truncated: truncated__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppEventsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppLogsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if self.since_ms != 0 {
            len += 1;
        }
        if self.until_ms != 0 {
            len += 1;
        }
        if !self.contains.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppLogsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if self.since_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sinceMs", ToString::to_string(&self.since_ms).as_str())?;
        }
        if self.until_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("untilMs", ToString::to_string(&self.until_ms).as_str())?;
        }
        if !self.contains.is_empty() {
            struct_ser.serialize_field("contains", &self.contains)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppLogsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "limit",
            "replica_id",
            "replicaId",
            "since_ms",
            "sinceMs",
            "until_ms",
            "untilMs",
            "contains",
            "execution_id",
            "executionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Limit,
            ReplicaId,
            SinceMs,
            UntilMs,
            Contains,
            ExecutionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "limit" => Ok(GeneratedField::Limit),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "sinceMs" | "since_ms" => Ok(GeneratedField::SinceMs),
                            "untilMs" | "until_ms" => Ok(GeneratedField::UntilMs),
                            "contains" => Ok(GeneratedField::Contains),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppLogsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppLogsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppLogsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut limit__ = None;
                let mut replica_id__ = None;
                let mut since_ms__ = None;
                let mut until_ms__ = None;
                let mut contains__ = None;
                let mut execution_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SinceMs => {
                            if since_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sinceMs"));
                            }
                            since_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UntilMs => {
                            if until_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("untilMs"));
                            }
                            until_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Contains => {
                            if contains__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contains"));
                            }
                            contains__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppLogsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                    since_ms: since_ms__.unwrap_or_default(),
                    until_ms: until_ms__.unwrap_or_default(),
                    contains: contains__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppLogsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppLogsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.lines.is_empty() {
            len += 1;
        }
        if self.truncated {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppLogsResponse", len)?;
        if !self.lines.is_empty() {
            struct_ser.serialize_field("lines", &self.lines)?;
        }
        if self.truncated {
            struct_ser.serialize_field("truncated", &self.truncated)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppLogsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "lines",
            "truncated",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Lines,
            Truncated,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "lines" => Ok(GeneratedField::Lines),
                            "truncated" => Ok(GeneratedField::Truncated),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppLogsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppLogsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppLogsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut lines__ = None;
                let mut truncated__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Lines => {
                            if lines__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lines"));
                            }
                            lines__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Truncated => {
                            if truncated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("truncated"));
                            }
                            truncated__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppLogsResponse {
                    lines: lines__.unwrap_or_default(),
                    truncated: truncated__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppLogsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.app.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppResponse", len)?;
        if let Some(v) = self.app.as_ref() {
            struct_ser.serialize_field("app", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            App,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "app" => Ok(GeneratedField::App),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::App => {
                            if app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            app__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetAppResponse {
                    app: app__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppStateRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppStateRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppStateRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppStateRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppStateRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppStateRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppStateRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppStateRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppStateResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.deployment_state != 0 {
            len += 1;
        }
        if self.active_version != 0 {
            len += 1;
        }
        if self.draft_status != 0 {
            len += 1;
        }
        if self.ready_replicas != 0 {
            len += 1;
        }
        if self.desired_replicas != 0 {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        if self.updated_at_ms != 0 {
            len += 1;
        }
        if !self.schedules.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppStateResponse", len)?;
        if self.deployment_state != 0 {
            let v = DeploymentState::try_from(self.deployment_state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.deployment_state)))?;
            struct_ser.serialize_field("deploymentState", &v)?;
        }
        if self.active_version != 0 {
            struct_ser.serialize_field("activeVersion", &self.active_version)?;
        }
        if self.draft_status != 0 {
            let v = VersionStatus::try_from(self.draft_status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.draft_status)))?;
            struct_ser.serialize_field("draftStatus", &v)?;
        }
        if self.ready_replicas != 0 {
            struct_ser.serialize_field("readyReplicas", &self.ready_replicas)?;
        }
        if self.desired_replicas != 0 {
            struct_ser.serialize_field("desiredReplicas", &self.desired_replicas)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        if self.updated_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAtMs", ToString::to_string(&self.updated_at_ms).as_str())?;
        }
        if !self.schedules.is_empty() {
            struct_ser.serialize_field("schedules", &self.schedules)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppStateResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deployment_state",
            "deploymentState",
            "active_version",
            "activeVersion",
            "draft_status",
            "draftStatus",
            "ready_replicas",
            "readyReplicas",
            "desired_replicas",
            "desiredReplicas",
            "reason",
            "updated_at_ms",
            "updatedAtMs",
            "schedules",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeploymentState,
            ActiveVersion,
            DraftStatus,
            ReadyReplicas,
            DesiredReplicas,
            Reason,
            UpdatedAtMs,
            Schedules,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "deploymentState" | "deployment_state" => Ok(GeneratedField::DeploymentState),
                            "activeVersion" | "active_version" => Ok(GeneratedField::ActiveVersion),
                            "draftStatus" | "draft_status" => Ok(GeneratedField::DraftStatus),
                            "readyReplicas" | "ready_replicas" => Ok(GeneratedField::ReadyReplicas),
                            "desiredReplicas" | "desired_replicas" => Ok(GeneratedField::DesiredReplicas),
                            "reason" => Ok(GeneratedField::Reason),
                            "updatedAtMs" | "updated_at_ms" => Ok(GeneratedField::UpdatedAtMs),
                            "schedules" => Ok(GeneratedField::Schedules),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppStateResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppStateResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppStateResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deployment_state__ = None;
                let mut active_version__ = None;
                let mut draft_status__ = None;
                let mut ready_replicas__ = None;
                let mut desired_replicas__ = None;
                let mut reason__ = None;
                let mut updated_at_ms__ = None;
                let mut schedules__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeploymentState => {
                            if deployment_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentState"));
                            }
                            deployment_state__ = Some(map_.next_value::<DeploymentState>()? as i32);
                        }
                        GeneratedField::ActiveVersion => {
                            if active_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeVersion"));
                            }
                            active_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DraftStatus => {
                            if draft_status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draftStatus"));
                            }
                            draft_status__ = Some(map_.next_value::<VersionStatus>()? as i32);
                        }
                        GeneratedField::ReadyReplicas => {
                            if ready_replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("readyReplicas"));
                            }
                            ready_replicas__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DesiredReplicas => {
                            if desired_replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("desiredReplicas"));
                            }
                            desired_replicas__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UpdatedAtMs => {
                            if updated_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAtMs"));
                            }
                            updated_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Schedules => {
                            if schedules__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedules"));
                            }
                            schedules__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetAppStateResponse {
                    deployment_state: deployment_state__.unwrap_or_default(),
                    active_version: active_version__.unwrap_or_default(),
                    draft_status: draft_status__.unwrap_or_default(),
                    ready_replicas: ready_replicas__.unwrap_or_default(),
                    desired_replicas: desired_replicas__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                    updated_at_ms: updated_at_ms__.unwrap_or_default(),
                    schedules: schedules__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppStateResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppVersionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppVersionRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppVersionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppVersionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppVersionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppVersionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(GetAppVersionRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppVersionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAppVersionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.app.is_some() {
            len += 1;
        }
        if self.version.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetAppVersionResponse", len)?;
        if let Some(v) = self.app.as_ref() {
            struct_ser.serialize_field("app", v)?;
        }
        if let Some(v) = self.version.as_ref() {
            struct_ser.serialize_field("version", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAppVersionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            App,
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "app" => Ok(GeneratedField::App),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAppVersionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetAppVersionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAppVersionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::App => {
                            if app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            app__ = map_.next_value()?;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetAppVersionResponse {
                    app: app__,
                    version: version__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetAppVersionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetBuildLogRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.build_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetBuildLogRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.build_id.is_empty() {
            struct_ser.serialize_field("buildId", &self.build_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetBuildLogRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "build_id",
            "buildId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            BuildId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "buildId" | "build_id" => Ok(GeneratedField::BuildId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetBuildLogRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetBuildLogRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetBuildLogRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut build_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BuildId => {
                            if build_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buildId"));
                            }
                            build_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetBuildLogRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    build_id: build_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetBuildLogRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetBuildLogResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.log.is_empty() {
            len += 1;
        }
        if self.found {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetBuildLogResponse", len)?;
        if !self.log.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("log", pbjson::private::base64::encode(&self.log).as_str())?;
        }
        if self.found {
            struct_ser.serialize_field("found", &self.found)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetBuildLogResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "log",
            "found",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Log,
            Found,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "log" => Ok(GeneratedField::Log),
                            "found" => Ok(GeneratedField::Found),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetBuildLogResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetBuildLogResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetBuildLogResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut log__ = None;
                let mut found__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Log => {
                            if log__.is_some() {
                                return Err(serde::de::Error::duplicate_field("log"));
                            }
                            log__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Found => {
                            if found__.is_some() {
                                return Err(serde::de::Error::duplicate_field("found"));
                            }
                            found__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetBuildLogResponse {
                    log: log__.unwrap_or_default(),
                    found: found__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetBuildLogResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCallbackSecretRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetCallbackSecretRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCallbackSecretRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCallbackSecretRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetCallbackSecretRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCallbackSecretRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetCallbackSecretRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetCallbackSecretRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCallbackSecretResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secret.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetCallbackSecretResponse", len)?;
        if !self.secret.is_empty() {
            struct_ser.serialize_field("secret", &self.secret)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCallbackSecretResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Secret,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secret" => Ok(GeneratedField::Secret),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCallbackSecretResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetCallbackSecretResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCallbackSecretResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Secret => {
                            if secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secret"));
                            }
                            secret__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetCallbackSecretResponse {
                    secret: secret__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetCallbackSecretResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetDraftInfoRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetDraftInfoRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetDraftInfoRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetDraftInfoRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetDraftInfoRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetDraftInfoRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetDraftInfoRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetDraftInfoRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetDraftInfoResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.draft.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetDraftInfoResponse", len)?;
        if let Some(v) = self.draft.as_ref() {
            struct_ser.serialize_field("draft", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetDraftInfoResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "draft",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Draft,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "draft" => Ok(GeneratedField::Draft),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetDraftInfoResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetDraftInfoResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetDraftInfoResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut draft__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Draft => {
                            if draft__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draft"));
                            }
                            draft__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetDraftInfoResponse {
                    draft: draft__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetDraftInfoResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetExecutionRequest", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetExecutionRequest {
                    execution_id: execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetExecutionResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetExecutionResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionStatsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.start_ms != 0 {
            len += 1;
        }
        if self.end_ms != 0 {
            len += 1;
        }
        if self.bucket_secs != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetExecutionStatsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.start_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("startMs", ToString::to_string(&self.start_ms).as_str())?;
        }
        if self.end_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("endMs", ToString::to_string(&self.end_ms).as_str())?;
        }
        if self.bucket_secs != 0 {
            struct_ser.serialize_field("bucketSecs", &self.bucket_secs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionStatsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "start_ms",
            "startMs",
            "end_ms",
            "endMs",
            "bucket_secs",
            "bucketSecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            StartMs,
            EndMs,
            BucketSecs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "startMs" | "start_ms" => Ok(GeneratedField::StartMs),
                            "endMs" | "end_ms" => Ok(GeneratedField::EndMs),
                            "bucketSecs" | "bucket_secs" => Ok(GeneratedField::BucketSecs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionStatsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetExecutionStatsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionStatsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut start_ms__ = None;
                let mut end_ms__ = None;
                let mut bucket_secs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StartMs => {
                            if start_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startMs"));
                            }
                            start_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::EndMs => {
                            if end_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endMs"));
                            }
                            end_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::BucketSecs => {
                            if bucket_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bucketSecs"));
                            }
                            bucket_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(GetExecutionStatsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    start_ms: start_ms__.unwrap_or_default(),
                    end_ms: end_ms__.unwrap_or_default(),
                    bucket_secs: bucket_secs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetExecutionStatsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionStatsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.buckets.is_empty() {
            len += 1;
        }
        if self.total.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetExecutionStatsResponse", len)?;
        if !self.buckets.is_empty() {
            struct_ser.serialize_field("buckets", &self.buckets)?;
        }
        if let Some(v) = self.total.as_ref() {
            struct_ser.serialize_field("total", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionStatsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "buckets",
            "total",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Buckets,
            Total,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "buckets" => Ok(GeneratedField::Buckets),
                            "total" => Ok(GeneratedField::Total),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionStatsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetExecutionStatsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionStatsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut buckets__ = None;
                let mut total__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Buckets => {
                            if buckets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buckets"));
                            }
                            buckets__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Total => {
                            if total__.is_some() {
                                return Err(serde::de::Error::duplicate_field("total"));
                            }
                            total__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetExecutionStatsResponse {
                    buckets: buckets__.unwrap_or_default(),
                    total: total__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetExecutionStatsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetMcpToolDefinitionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetMcpToolDefinitionRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetMcpToolDefinitionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetMcpToolDefinitionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetMcpToolDefinitionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetMcpToolDefinitionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetMcpToolDefinitionRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetMcpToolDefinitionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetMcpToolDefinitionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.tool.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetMcpToolDefinitionResponse", len)?;
        if let Some(v) = self.tool.as_ref() {
            struct_ser.serialize_field("tool", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetMcpToolDefinitionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tool",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Tool,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "tool" => Ok(GeneratedField::Tool),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetMcpToolDefinitionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetMcpToolDefinitionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetMcpToolDefinitionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tool__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetMcpToolDefinitionResponse {
                    tool: tool__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetMcpToolDefinitionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPublicCatalogDetailRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetPublicCatalogDetailRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPublicCatalogDetailRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPublicCatalogDetailRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetPublicCatalogDetailRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPublicCatalogDetailRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetPublicCatalogDetailRequest {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetPublicCatalogDetailRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPublicCatalogDetailResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.item.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetPublicCatalogDetailResponse", len)?;
        if let Some(v) = self.item.as_ref() {
            struct_ser.serialize_field("item", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPublicCatalogDetailResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "item",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Item,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "item" => Ok(GeneratedField::Item),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPublicCatalogDetailResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetPublicCatalogDetailResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPublicCatalogDetailResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut item__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Item => {
                            if item__.is_some() {
                                return Err(serde::de::Error::duplicate_field("item"));
                            }
                            item__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetPublicCatalogDetailResponse {
                    item: item__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetPublicCatalogDetailResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSecretRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetSecretRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSecretRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetSecretRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetSecretRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSecretRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetSecretRequest {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetSecretRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSecretResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.secret.is_some() {
            len += 1;
        }
        if self.value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GetSecretResponse", len)?;
        if let Some(v) = self.secret.as_ref() {
            struct_ser.serialize_field("secret", v)?;
        }
        if let Some(v) = self.value.as_ref() {
            struct_ser.serialize_field("value", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSecretResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secret",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Secret,
            Value,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secret" => Ok(GeneratedField::Secret),
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetSecretResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GetSecretResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSecretResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secret__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Secret => {
                            if secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secret"));
                            }
                            secret__ = map_.next_value()?;
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetSecretResponse {
                    secret: secret__,
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GetSecretResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GitSecret {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.username.is_empty() {
            len += 1;
        }
        if !self.token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GitSecret", len)?;
        if !self.username.is_empty() {
            struct_ser.serialize_field("username", &self.username)?;
        }
        if !self.token.is_empty() {
            struct_ser.serialize_field("token", &self.token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GitSecret {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "username",
            "token",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Username,
            Token,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "username" => Ok(GeneratedField::Username),
                            "token" => Ok(GeneratedField::Token),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GitSecret;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GitSecret")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GitSecret, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut username__ = None;
                let mut token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Username => {
                            if username__.is_some() {
                                return Err(serde::de::Error::duplicate_field("username"));
                            }
                            username__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Token => {
                            if token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("token"));
                            }
                            token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GitSecret {
                    username: username__.unwrap_or_default(),
                    token: token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GitSecret", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GoRuntime {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.GoRuntime", len)?;
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GoRuntime {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GoRuntime;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.GoRuntime")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GoRuntime, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GoRuntime {
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.GoRuntime", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HealthCheckRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("dodil.ignite.v1.HealthCheckRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HealthCheckRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                            Err(serde::de::Error::unknown_field(value, FIELDS))
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HealthCheckRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.HealthCheckRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HealthCheckRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(HealthCheckRequest {
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.HealthCheckRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HealthCheckResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.status.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if self.uptime_ms != 0 {
            len += 1;
        }
        if !self.sandbox.is_empty() {
            len += 1;
        }
        if self.insecure {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.HealthCheckResponse", len)?;
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.uptime_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("uptimeMs", ToString::to_string(&self.uptime_ms).as_str())?;
        }
        if !self.sandbox.is_empty() {
            struct_ser.serialize_field("sandbox", &self.sandbox)?;
        }
        if self.insecure {
            struct_ser.serialize_field("insecure", &self.insecure)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HealthCheckResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "status",
            "version",
            "uptime_ms",
            "uptimeMs",
            "sandbox",
            "insecure",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Status,
            Version,
            UptimeMs,
            Sandbox,
            Insecure,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "status" => Ok(GeneratedField::Status),
                            "version" => Ok(GeneratedField::Version),
                            "uptimeMs" | "uptime_ms" => Ok(GeneratedField::UptimeMs),
                            "sandbox" => Ok(GeneratedField::Sandbox),
                            "insecure" => Ok(GeneratedField::Insecure),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HealthCheckResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.HealthCheckResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HealthCheckResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut status__ = None;
                let mut version__ = None;
                let mut uptime_ms__ = None;
                let mut sandbox__ = None;
                let mut insecure__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UptimeMs => {
                            if uptime_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uptimeMs"));
                            }
                            uptime_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Sandbox => {
                            if sandbox__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sandbox"));
                            }
                            sandbox__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Insecure => {
                            if insecure__.is_some() {
                                return Err(serde::de::Error::duplicate_field("insecure"));
                            }
                            insecure__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(HealthCheckResponse {
                    status: status__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    uptime_ms: uptime_ms__.unwrap_or_default(),
                    sandbox: sandbox__.unwrap_or_default(),
                    insecure: insecure__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.HealthCheckResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HttpContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.method.is_empty() {
            len += 1;
        }
        if !self.path.is_empty() {
            len += 1;
        }
        if !self.query.is_empty() {
            len += 1;
        }
        if !self.headers.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.HttpContext", len)?;
        if !self.method.is_empty() {
            struct_ser.serialize_field("method", &self.method)?;
        }
        if !self.path.is_empty() {
            struct_ser.serialize_field("path", &self.path)?;
        }
        if !self.query.is_empty() {
            struct_ser.serialize_field("query", &self.query)?;
        }
        if !self.headers.is_empty() {
            struct_ser.serialize_field("headers", &self.headers)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HttpContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "method",
            "path",
            "query",
            "headers",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Method,
            Path,
            Query,
            Headers,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "method" => Ok(GeneratedField::Method),
                            "path" => Ok(GeneratedField::Path),
                            "query" => Ok(GeneratedField::Query),
                            "headers" => Ok(GeneratedField::Headers),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HttpContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.HttpContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HttpContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut method__ = None;
                let mut path__ = None;
                let mut query__ = None;
                let mut headers__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Method => {
                            if method__.is_some() {
                                return Err(serde::de::Error::duplicate_field("method"));
                            }
                            method__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Query => {
                            if query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("query"));
                            }
                            query__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Headers => {
                            if headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headers"));
                            }
                            headers__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(HttpContext {
                    method: method__.unwrap_or_default(),
                    path: path__.unwrap_or_default(),
                    query: query__.unwrap_or_default(),
                    headers: headers__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.HttpContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImageFromCode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.source_archive.is_empty() {
            len += 1;
        }
        if !self.dockerfile_path.is_empty() {
            len += 1;
        }
        if !self.build_args.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ImageFromCode", len)?;
        if !self.source_archive.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sourceArchive", pbjson::private::base64::encode(&self.source_archive).as_str())?;
        }
        if !self.dockerfile_path.is_empty() {
            struct_ser.serialize_field("dockerfilePath", &self.dockerfile_path)?;
        }
        if !self.build_args.is_empty() {
            struct_ser.serialize_field("buildArgs", &self.build_args)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImageFromCode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "source_archive",
            "sourceArchive",
            "dockerfile_path",
            "dockerfilePath",
            "build_args",
            "buildArgs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SourceArchive,
            DockerfilePath,
            BuildArgs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "sourceArchive" | "source_archive" => Ok(GeneratedField::SourceArchive),
                            "dockerfilePath" | "dockerfile_path" => Ok(GeneratedField::DockerfilePath),
                            "buildArgs" | "build_args" => Ok(GeneratedField::BuildArgs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImageFromCode;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ImageFromCode")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImageFromCode, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut source_archive__ = None;
                let mut dockerfile_path__ = None;
                let mut build_args__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SourceArchive => {
                            if source_archive__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceArchive"));
                            }
                            source_archive__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DockerfilePath => {
                            if dockerfile_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dockerfilePath"));
                            }
                            dockerfile_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BuildArgs => {
                            if build_args__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buildArgs"));
                            }
                            build_args__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(ImageFromCode {
                    source_archive: source_archive__.unwrap_or_default(),
                    dockerfile_path: dockerfile_path__.unwrap_or_default(),
                    build_args: build_args__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ImageFromCode", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImageFromGit {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.git_url.is_empty() {
            len += 1;
        }
        if !self.git_ref.is_empty() {
            len += 1;
        }
        if !self.dockerfile_path.is_empty() {
            len += 1;
        }
        if !self.build_args.is_empty() {
            len += 1;
        }
        if !self.secret_ref.is_empty() {
            len += 1;
        }
        if !self.context_dir.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ImageFromGit", len)?;
        if !self.git_url.is_empty() {
            struct_ser.serialize_field("gitUrl", &self.git_url)?;
        }
        if !self.git_ref.is_empty() {
            struct_ser.serialize_field("gitRef", &self.git_ref)?;
        }
        if !self.dockerfile_path.is_empty() {
            struct_ser.serialize_field("dockerfilePath", &self.dockerfile_path)?;
        }
        if !self.build_args.is_empty() {
            struct_ser.serialize_field("buildArgs", &self.build_args)?;
        }
        if !self.secret_ref.is_empty() {
            struct_ser.serialize_field("secretRef", &self.secret_ref)?;
        }
        if !self.context_dir.is_empty() {
            struct_ser.serialize_field("contextDir", &self.context_dir)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImageFromGit {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "git_url",
            "gitUrl",
            "git_ref",
            "gitRef",
            "dockerfile_path",
            "dockerfilePath",
            "build_args",
            "buildArgs",
            "secret_ref",
            "secretRef",
            "context_dir",
            "contextDir",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GitUrl,
            GitRef,
            DockerfilePath,
            BuildArgs,
            SecretRef,
            ContextDir,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "gitUrl" | "git_url" => Ok(GeneratedField::GitUrl),
                            "gitRef" | "git_ref" => Ok(GeneratedField::GitRef),
                            "dockerfilePath" | "dockerfile_path" => Ok(GeneratedField::DockerfilePath),
                            "buildArgs" | "build_args" => Ok(GeneratedField::BuildArgs),
                            "secretRef" | "secret_ref" => Ok(GeneratedField::SecretRef),
                            "contextDir" | "context_dir" => Ok(GeneratedField::ContextDir),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImageFromGit;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ImageFromGit")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImageFromGit, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut git_url__ = None;
                let mut git_ref__ = None;
                let mut dockerfile_path__ = None;
                let mut build_args__ = None;
                let mut secret_ref__ = None;
                let mut context_dir__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::GitUrl => {
                            if git_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gitUrl"));
                            }
                            git_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::GitRef => {
                            if git_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gitRef"));
                            }
                            git_ref__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DockerfilePath => {
                            if dockerfile_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dockerfilePath"));
                            }
                            dockerfile_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BuildArgs => {
                            if build_args__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buildArgs"));
                            }
                            build_args__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::SecretRef => {
                            if secret_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretRef"));
                            }
                            secret_ref__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContextDir => {
                            if context_dir__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contextDir"));
                            }
                            context_dir__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ImageFromGit {
                    git_url: git_url__.unwrap_or_default(),
                    git_ref: git_ref__.unwrap_or_default(),
                    dockerfile_path: dockerfile_path__.unwrap_or_default(),
                    build_args: build_args__.unwrap_or_default(),
                    secret_ref: secret_ref__.unwrap_or_default(),
                    context_dir: context_dir__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ImageFromGit", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImageSource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ImageSource", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                image_source::Kind::Prebuilt(v) => {
                    struct_ser.serialize_field("prebuilt", v)?;
                }
                image_source::Kind::FromCode(v) => {
                    struct_ser.serialize_field("fromCode", v)?;
                }
                image_source::Kind::FromGit(v) => {
                    struct_ser.serialize_field("fromGit", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImageSource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "prebuilt",
            "from_code",
            "fromCode",
            "from_git",
            "fromGit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Prebuilt,
            FromCode,
            FromGit,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "prebuilt" => Ok(GeneratedField::Prebuilt),
                            "fromCode" | "from_code" => Ok(GeneratedField::FromCode),
                            "fromGit" | "from_git" => Ok(GeneratedField::FromGit),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImageSource;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ImageSource")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImageSource, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Prebuilt => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prebuilt"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(image_source::Kind::Prebuilt)
;
                        }
                        GeneratedField::FromCode => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fromCode"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(image_source::Kind::FromCode)
;
                        }
                        GeneratedField::FromGit => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fromGit"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(image_source::Kind::FromGit)
;
                        }
                    }
                }
                Ok(ImageSource {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ImageSource", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InvokeAsyncRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.http.is_some() {
            len += 1;
        }
        if !self.body.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if self.streamed_input {
            len += 1;
        }
        if !self.idempotency_key.is_empty() {
            len += 1;
        }
        if !self.callback_url.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.InvokeAsyncRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if let Some(v) = self.http.as_ref() {
            struct_ser.serialize_field("http", v)?;
        }
        if !self.body.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("body", pbjson::private::base64::encode(&self.body).as_str())?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.streamed_input {
            struct_ser.serialize_field("streamedInput", &self.streamed_input)?;
        }
        if !self.idempotency_key.is_empty() {
            struct_ser.serialize_field("idempotencyKey", &self.idempotency_key)?;
        }
        if !self.callback_url.is_empty() {
            struct_ser.serialize_field("callbackUrl", &self.callback_url)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InvokeAsyncRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "http",
            "body",
            "version",
            "streamed_input",
            "streamedInput",
            "idempotency_key",
            "idempotencyKey",
            "callback_url",
            "callbackUrl",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Http,
            Body,
            Version,
            StreamedInput,
            IdempotencyKey,
            CallbackUrl,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "http" => Ok(GeneratedField::Http),
                            "body" => Ok(GeneratedField::Body),
                            "version" => Ok(GeneratedField::Version),
                            "streamedInput" | "streamed_input" => Ok(GeneratedField::StreamedInput),
                            "idempotencyKey" | "idempotency_key" => Ok(GeneratedField::IdempotencyKey),
                            "callbackUrl" | "callback_url" => Ok(GeneratedField::CallbackUrl),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InvokeAsyncRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.InvokeAsyncRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InvokeAsyncRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut http__ = None;
                let mut body__ = None;
                let mut version__ = None;
                let mut streamed_input__ = None;
                let mut idempotency_key__ = None;
                let mut callback_url__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Http => {
                            if http__.is_some() {
                                return Err(serde::de::Error::duplicate_field("http"));
                            }
                            http__ = map_.next_value()?;
                        }
                        GeneratedField::Body => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("body"));
                            }
                            body__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::StreamedInput => {
                            if streamed_input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("streamedInput"));
                            }
                            streamed_input__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IdempotencyKey => {
                            if idempotency_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("idempotencyKey"));
                            }
                            idempotency_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CallbackUrl => {
                            if callback_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callbackUrl"));
                            }
                            callback_url__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(InvokeAsyncRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    http: http__,
                    body: body__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    streamed_input: streamed_input__.unwrap_or_default(),
                    idempotency_key: idempotency_key__.unwrap_or_default(),
                    callback_url: callback_url__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.InvokeAsyncRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InvokeAsyncResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.InvokeAsyncResponse", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InvokeAsyncResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "app_id",
            "appId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            AppId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InvokeAsyncResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.InvokeAsyncResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InvokeAsyncResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut app_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(InvokeAsyncResponse {
                    execution_id: execution_id__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.InvokeAsyncResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InvokeHead {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.status_code != 0 {
            len += 1;
        }
        if !self.headers.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if self.cold_start {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.InvokeHead", len)?;
        if self.status_code != 0 {
            struct_ser.serialize_field("statusCode", &self.status_code)?;
        }
        if !self.headers.is_empty() {
            struct_ser.serialize_field("headers", &self.headers)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if self.cold_start {
            struct_ser.serialize_field("coldStart", &self.cold_start)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InvokeHead {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "status_code",
            "statusCode",
            "headers",
            "execution_id",
            "executionId",
            "version",
            "replica_id",
            "replicaId",
            "cold_start",
            "coldStart",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StatusCode,
            Headers,
            ExecutionId,
            Version,
            ReplicaId,
            ColdStart,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "statusCode" | "status_code" => Ok(GeneratedField::StatusCode),
                            "headers" => Ok(GeneratedField::Headers),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "version" => Ok(GeneratedField::Version),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "coldStart" | "cold_start" => Ok(GeneratedField::ColdStart),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InvokeHead;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.InvokeHead")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InvokeHead, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut status_code__ = None;
                let mut headers__ = None;
                let mut execution_id__ = None;
                let mut version__ = None;
                let mut replica_id__ = None;
                let mut cold_start__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::StatusCode => {
                            if status_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusCode"));
                            }
                            status_code__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Headers => {
                            if headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headers"));
                            }
                            headers__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ColdStart => {
                            if cold_start__.is_some() {
                                return Err(serde::de::Error::duplicate_field("coldStart"));
                            }
                            cold_start__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(InvokeHead {
                    status_code: status_code__.unwrap_or_default(),
                    headers: headers__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                    cold_start: cold_start__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.InvokeHead", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InvokeRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.http.is_some() {
            len += 1;
        }
        if !self.body.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if !self.alias.is_empty() {
            len += 1;
        }
        if !self.routing_key.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.InvokeRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if let Some(v) = self.http.as_ref() {
            struct_ser.serialize_field("http", v)?;
        }
        if !self.body.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("body", pbjson::private::base64::encode(&self.body).as_str())?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.alias.is_empty() {
            struct_ser.serialize_field("alias", &self.alias)?;
        }
        if !self.routing_key.is_empty() {
            struct_ser.serialize_field("routingKey", &self.routing_key)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InvokeRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "http",
            "body",
            "version",
            "alias",
            "routing_key",
            "routingKey",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Http,
            Body,
            Version,
            Alias,
            RoutingKey,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "http" => Ok(GeneratedField::Http),
                            "body" => Ok(GeneratedField::Body),
                            "version" => Ok(GeneratedField::Version),
                            "alias" => Ok(GeneratedField::Alias),
                            "routingKey" | "routing_key" => Ok(GeneratedField::RoutingKey),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InvokeRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.InvokeRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InvokeRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut http__ = None;
                let mut body__ = None;
                let mut version__ = None;
                let mut alias__ = None;
                let mut routing_key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Http => {
                            if http__.is_some() {
                                return Err(serde::de::Error::duplicate_field("http"));
                            }
                            http__ = map_.next_value()?;
                        }
                        GeneratedField::Body => {
                            if body__.is_some() {
                                return Err(serde::de::Error::duplicate_field("body"));
                            }
                            body__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Alias => {
                            if alias__.is_some() {
                                return Err(serde::de::Error::duplicate_field("alias"));
                            }
                            alias__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RoutingKey => {
                            if routing_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("routingKey"));
                            }
                            routing_key__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(InvokeRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    http: http__,
                    body: body__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    alias: alias__.unwrap_or_default(),
                    routing_key: routing_key__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.InvokeRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InvokeResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.frame.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.InvokeResponse", len)?;
        if let Some(v) = self.frame.as_ref() {
            match v {
                invoke_response::Frame::Head(v) => {
                    struct_ser.serialize_field("head", v)?;
                }
                invoke_response::Frame::Chunk(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser.serialize_field("chunk", pbjson::private::base64::encode(&v).as_str())?;
                }
                invoke_response::Frame::Trailer(v) => {
                    struct_ser.serialize_field("trailer", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InvokeResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "head",
            "chunk",
            "trailer",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Head,
            Chunk,
            Trailer,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "head" => Ok(GeneratedField::Head),
                            "chunk" => Ok(GeneratedField::Chunk),
                            "trailer" => Ok(GeneratedField::Trailer),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InvokeResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.InvokeResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InvokeResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut frame__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Head => {
                            if frame__.is_some() {
                                return Err(serde::de::Error::duplicate_field("head"));
                            }
                            frame__ = map_.next_value::<::std::option::Option<_>>()?.map(invoke_response::Frame::Head)
;
                        }
                        GeneratedField::Chunk => {
                            if frame__.is_some() {
                                return Err(serde::de::Error::duplicate_field("chunk"));
                            }
                            frame__ = map_.next_value::<::std::option::Option<::pbjson::private::BytesDeserialize<_>>>()?.map(|x| invoke_response::Frame::Chunk(x.0));
                        }
                        GeneratedField::Trailer => {
                            if frame__.is_some() {
                                return Err(serde::de::Error::duplicate_field("trailer"));
                            }
                            frame__ = map_.next_value::<::std::option::Option<_>>()?.map(invoke_response::Frame::Trailer)
;
                        }
                    }
                }
                Ok(InvokeResponse {
                    frame: frame__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.InvokeResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for InvokeTrailer {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.error.is_empty() {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.body_bytes != 0 {
            len += 1;
        }
        if self.duration_us != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.InvokeTrailer", len)?;
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.body_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("bodyBytes", ToString::to_string(&self.body_bytes).as_str())?;
        }
        if self.duration_us != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationUs", ToString::to_string(&self.duration_us).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for InvokeTrailer {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "error",
            "duration_ms",
            "durationMs",
            "status",
            "body_bytes",
            "bodyBytes",
            "duration_us",
            "durationUs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Error,
            DurationMs,
            Status,
            BodyBytes,
            DurationUs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "error" => Ok(GeneratedField::Error),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "status" => Ok(GeneratedField::Status),
                            "bodyBytes" | "body_bytes" => Ok(GeneratedField::BodyBytes),
                            "durationUs" | "duration_us" => Ok(GeneratedField::DurationUs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = InvokeTrailer;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.InvokeTrailer")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<InvokeTrailer, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut error__ = None;
                let mut duration_ms__ = None;
                let mut status__ = None;
                let mut body_bytes__ = None;
                let mut duration_us__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::BodyBytes => {
                            if body_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bodyBytes"));
                            }
                            body_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DurationUs => {
                            if duration_us__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationUs"));
                            }
                            duration_us__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(InvokeTrailer {
                    error: error__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    body_bytes: body_bytes__.unwrap_or_default(),
                    duration_us: duration_us__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.InvokeTrailer", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAliasesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAliasesRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAliasesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAliasesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAliasesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAliasesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAliasesRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAliasesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAliasesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.aliases.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAliasesResponse", len)?;
        if !self.aliases.is_empty() {
            struct_ser.serialize_field("aliases", &self.aliases)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAliasesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "aliases",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Aliases,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "aliases" => Ok(GeneratedField::Aliases),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAliasesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAliasesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAliasesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut aliases__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Aliases => {
                            if aliases__.is_some() {
                                return Err(serde::de::Error::duplicate_field("aliases"));
                            }
                            aliases__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAliasesResponse {
                    aliases: aliases__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAliasesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAppReplicasRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAppReplicasRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAppReplicasRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAppReplicasRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAppReplicasRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAppReplicasRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAppReplicasRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAppReplicasRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAppReplicasResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.replicas.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAppReplicasResponse", len)?;
        if !self.replicas.is_empty() {
            struct_ser.serialize_field("replicas", &self.replicas)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAppReplicasResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replicas",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Replicas,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "replicas" => Ok(GeneratedField::Replicas),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAppReplicasResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAppReplicasResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAppReplicasResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replicas__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Replicas => {
                            if replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicas"));
                            }
                            replicas__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAppReplicasResponse {
                    replicas: replicas__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAppReplicasResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAppVersionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAppVersionsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAppVersionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAppVersionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAppVersionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAppVersionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAppVersionsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAppVersionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAppVersionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.versions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAppVersionsResponse", len)?;
        if !self.versions.is_empty() {
            struct_ser.serialize_field("versions", &self.versions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAppVersionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "versions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Versions,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "versions" => Ok(GeneratedField::Versions),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAppVersionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAppVersionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAppVersionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut versions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Versions => {
                            if versions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("versions"));
                            }
                            versions__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAppVersionsResponse {
                    versions: versions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAppVersionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAppsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        if !self.cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAppsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.cursor.is_empty() {
            struct_ser.serialize_field("cursor", &self.cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAppsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "limit",
            "cursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            Limit,
            Cursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "limit" => Ok(GeneratedField::Limit),
                            "cursor" => Ok(GeneratedField::Cursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAppsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAppsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAppsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut limit__ = None;
                let mut cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Cursor => {
                            if cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cursor"));
                            }
                            cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAppsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                    cursor: cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAppsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListAppsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.apps.is_empty() {
            len += 1;
        }
        if !self.next_cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListAppsResponse", len)?;
        if !self.apps.is_empty() {
            struct_ser.serialize_field("apps", &self.apps)?;
        }
        if !self.next_cursor.is_empty() {
            struct_ser.serialize_field("nextCursor", &self.next_cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListAppsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "apps",
            "next_cursor",
            "nextCursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Apps,
            NextCursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "apps" => Ok(GeneratedField::Apps),
                            "nextCursor" | "next_cursor" => Ok(GeneratedField::NextCursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListAppsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListAppsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListAppsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut apps__ = None;
                let mut next_cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Apps => {
                            if apps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("apps"));
                            }
                            apps__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextCursor => {
                            if next_cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextCursor"));
                            }
                            next_cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListAppsResponse {
                    apps: apps__.unwrap_or_default(),
                    next_cursor: next_cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListAppsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListCatalogRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        if !self.cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListCatalogRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.cursor.is_empty() {
            struct_ser.serialize_field("cursor", &self.cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCatalogRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "limit",
            "cursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            Limit,
            Cursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "limit" => Ok(GeneratedField::Limit),
                            "cursor" => Ok(GeneratedField::Cursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListCatalogRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListCatalogRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListCatalogRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut limit__ = None;
                let mut cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Cursor => {
                            if cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cursor"));
                            }
                            cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListCatalogRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                    cursor: cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListCatalogRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListCatalogResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.items.is_empty() {
            len += 1;
        }
        if !self.next_cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListCatalogResponse", len)?;
        if !self.items.is_empty() {
            struct_ser.serialize_field("items", &self.items)?;
        }
        if !self.next_cursor.is_empty() {
            struct_ser.serialize_field("nextCursor", &self.next_cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCatalogResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "items",
            "next_cursor",
            "nextCursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Items,
            NextCursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "items" => Ok(GeneratedField::Items),
                            "nextCursor" | "next_cursor" => Ok(GeneratedField::NextCursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListCatalogResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListCatalogResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListCatalogResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut items__ = None;
                let mut next_cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Items => {
                            if items__.is_some() {
                                return Err(serde::de::Error::duplicate_field("items"));
                            }
                            items__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextCursor => {
                            if next_cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextCursor"));
                            }
                            next_cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListCatalogResponse {
                    items: items__.unwrap_or_default(),
                    next_cursor: next_cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListCatalogResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListDeadLettersRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        if !self.cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListDeadLettersRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.cursor.is_empty() {
            struct_ser.serialize_field("cursor", &self.cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListDeadLettersRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "limit",
            "cursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Limit,
            Cursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "limit" => Ok(GeneratedField::Limit),
                            "cursor" => Ok(GeneratedField::Cursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListDeadLettersRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListDeadLettersRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListDeadLettersRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut limit__ = None;
                let mut cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Cursor => {
                            if cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cursor"));
                            }
                            cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListDeadLettersRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                    cursor: cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListDeadLettersRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListDeadLettersResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if !self.next_cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListDeadLettersResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if !self.next_cursor.is_empty() {
            struct_ser.serialize_field("nextCursor", &self.next_cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListDeadLettersResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "next_cursor",
            "nextCursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            NextCursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executions" => Ok(GeneratedField::Executions),
                            "nextCursor" | "next_cursor" => Ok(GeneratedField::NextCursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListDeadLettersResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListDeadLettersResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListDeadLettersResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut next_cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextCursor => {
                            if next_cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextCursor"));
                            }
                            next_cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListDeadLettersResponse {
                    executions: executions__.unwrap_or_default(),
                    next_cursor: next_cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListDeadLettersResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListExecutionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.limit != 0 {
            len += 1;
        }
        if !self.cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListExecutionsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.kind != 0 {
            let v = ExecutionKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.cursor.is_empty() {
            struct_ser.serialize_field("cursor", &self.cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListExecutionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "kind",
            "status",
            "limit",
            "cursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Kind,
            Status,
            Limit,
            Cursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "kind" => Ok(GeneratedField::Kind),
                            "status" => Ok(GeneratedField::Status),
                            "limit" => Ok(GeneratedField::Limit),
                            "cursor" => Ok(GeneratedField::Cursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListExecutionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListExecutionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListExecutionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut kind__ = None;
                let mut status__ = None;
                let mut limit__ = None;
                let mut cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<ExecutionKind>()? as i32);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Cursor => {
                            if cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cursor"));
                            }
                            cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListExecutionsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    limit: limit__.unwrap_or_default(),
                    cursor: cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListExecutionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListExecutionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if !self.next_cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListExecutionsResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if !self.next_cursor.is_empty() {
            struct_ser.serialize_field("nextCursor", &self.next_cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListExecutionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "next_cursor",
            "nextCursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            NextCursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executions" => Ok(GeneratedField::Executions),
                            "nextCursor" | "next_cursor" => Ok(GeneratedField::NextCursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListExecutionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListExecutionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListExecutionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut next_cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextCursor => {
                            if next_cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextCursor"));
                            }
                            next_cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListExecutionsResponse {
                    executions: executions__.unwrap_or_default(),
                    next_cursor: next_cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListExecutionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListMcpToolsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListMcpToolsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListMcpToolsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListMcpToolsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListMcpToolsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListMcpToolsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListMcpToolsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListMcpToolsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListMcpToolsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tools.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListMcpToolsResponse", len)?;
        if !self.tools.is_empty() {
            struct_ser.serialize_field("tools", &self.tools)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListMcpToolsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tools",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Tools,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "tools" => Ok(GeneratedField::Tools),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListMcpToolsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListMcpToolsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListMcpToolsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tools__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tools => {
                            if tools__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tools"));
                            }
                            tools__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListMcpToolsResponse {
                    tools: tools__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListMcpToolsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPublicCatalogRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.limit != 0 {
            len += 1;
        }
        if !self.cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListPublicCatalogRequest", len)?;
        if self.limit != 0 {
            struct_ser.serialize_field("limit", &self.limit)?;
        }
        if !self.cursor.is_empty() {
            struct_ser.serialize_field("cursor", &self.cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPublicCatalogRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "limit",
            "cursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Limit,
            Cursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "limit" => Ok(GeneratedField::Limit),
                            "cursor" => Ok(GeneratedField::Cursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPublicCatalogRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListPublicCatalogRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPublicCatalogRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut limit__ = None;
                let mut cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Limit => {
                            if limit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limit"));
                            }
                            limit__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Cursor => {
                            if cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cursor"));
                            }
                            cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPublicCatalogRequest {
                    limit: limit__.unwrap_or_default(),
                    cursor: cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListPublicCatalogRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPublicCatalogResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.items.is_empty() {
            len += 1;
        }
        if !self.next_cursor.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListPublicCatalogResponse", len)?;
        if !self.items.is_empty() {
            struct_ser.serialize_field("items", &self.items)?;
        }
        if !self.next_cursor.is_empty() {
            struct_ser.serialize_field("nextCursor", &self.next_cursor)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPublicCatalogResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "items",
            "next_cursor",
            "nextCursor",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Items,
            NextCursor,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "items" => Ok(GeneratedField::Items),
                            "nextCursor" | "next_cursor" => Ok(GeneratedField::NextCursor),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPublicCatalogResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListPublicCatalogResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPublicCatalogResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut items__ = None;
                let mut next_cursor__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Items => {
                            if items__.is_some() {
                                return Err(serde::de::Error::duplicate_field("items"));
                            }
                            items__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextCursor => {
                            if next_cursor__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextCursor"));
                            }
                            next_cursor__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPublicCatalogResponse {
                    items: items__.unwrap_or_default(),
                    next_cursor: next_cursor__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListPublicCatalogResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListSecretsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListSecretsRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListSecretsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                            Err(serde::de::Error::unknown_field(value, FIELDS))
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListSecretsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListSecretsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListSecretsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(ListSecretsRequest {
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListSecretsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListSecretsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.secrets.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ListSecretsResponse", len)?;
        if !self.secrets.is_empty() {
            struct_ser.serialize_field("secrets", &self.secrets)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListSecretsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "secrets",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Secrets,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "secrets" => Ok(GeneratedField::Secrets),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListSecretsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ListSecretsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListSecretsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut secrets__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Secrets => {
                            if secrets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secrets"));
                            }
                            secrets__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListSecretsResponse {
                    secrets: secrets__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ListSecretsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogLine {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.timestamp_ms != 0 {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if self.stream != 0 {
            len += 1;
        }
        if !self.line.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.LogLine", len)?;
        if self.timestamp_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("timestampMs", ToString::to_string(&self.timestamp_ms).as_str())?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if self.stream != 0 {
            let v = LogStream::try_from(self.stream)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.stream)))?;
            struct_ser.serialize_field("stream", &v)?;
        }
        if !self.line.is_empty() {
            struct_ser.serialize_field("line", &self.line)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LogLine {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "timestamp_ms",
            "timestampMs",
            "replica_id",
            "replicaId",
            "stream",
            "line",
            "execution_id",
            "executionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TimestampMs,
            ReplicaId,
            Stream,
            Line,
            ExecutionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "timestampMs" | "timestamp_ms" => Ok(GeneratedField::TimestampMs),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "stream" => Ok(GeneratedField::Stream),
                            "line" => Ok(GeneratedField::Line),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LogLine;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.LogLine")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LogLine, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut timestamp_ms__ = None;
                let mut replica_id__ = None;
                let mut stream__ = None;
                let mut line__ = None;
                let mut execution_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TimestampMs => {
                            if timestamp_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestampMs"));
                            }
                            timestamp_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stream => {
                            if stream__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stream"));
                            }
                            stream__ = Some(map_.next_value::<LogStream>()? as i32);
                        }
                        GeneratedField::Line => {
                            if line__.is_some() {
                                return Err(serde::de::Error::duplicate_field("line"));
                            }
                            line__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(LogLine {
                    timestamp_ms: timestamp_ms__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                    stream: stream__.unwrap_or_default(),
                    line: line__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.LogLine", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogStream {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "LOG_STREAM_UNSPECIFIED",
            Self::Stdout => "LOG_STREAM_STDOUT",
            Self::Stderr => "LOG_STREAM_STDERR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for LogStream {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "LOG_STREAM_UNSPECIFIED",
            "LOG_STREAM_STDOUT",
            "LOG_STREAM_STDERR",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = LogStream;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "LOG_STREAM_UNSPECIFIED" => Ok(LogStream::Unspecified),
                    "LOG_STREAM_STDOUT" => Ok(LogStream::Stdout),
                    "LOG_STREAM_STDERR" => Ok(LogStream::Stderr),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for McpToolDefinition {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.input_schema.is_empty() {
            len += 1;
        }
        if !self.output_schema.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if !self.runtime.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.McpToolDefinition", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.input_schema.is_empty() {
            struct_ser.serialize_field("inputSchema", &self.input_schema)?;
        }
        if !self.output_schema.is_empty() {
            struct_ser.serialize_field("outputSchema", &self.output_schema)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.runtime.is_empty() {
            struct_ser.serialize_field("runtime", &self.runtime)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for McpToolDefinition {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
            "app_id",
            "appId",
            "version",
            "runtime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Description,
            InputSchema,
            OutputSchema,
            AppId,
            Version,
            Runtime,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            "version" => Ok(GeneratedField::Version),
                            "runtime" => Ok(GeneratedField::Runtime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = McpToolDefinition;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.McpToolDefinition")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<McpToolDefinition, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut description__ = None;
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                let mut app_id__ = None;
                let mut version__ = None;
                let mut runtime__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Runtime => {
                            if runtime__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtime"));
                            }
                            runtime__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(McpToolDefinition {
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    input_schema: input_schema__.unwrap_or_default(),
                    output_schema: output_schema__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    runtime: runtime__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.McpToolDefinition", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ModelCatalogFields {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.family.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ModelCatalogFields", len)?;
        if !self.family.is_empty() {
            struct_ser.serialize_field("family", &self.family)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ModelCatalogFields {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "family",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Family,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "family" => Ok(GeneratedField::Family),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ModelCatalogFields;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ModelCatalogFields")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ModelCatalogFields, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut family__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Family => {
                            if family__.is_some() {
                                return Err(serde::de::Error::duplicate_field("family"));
                            }
                            family__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ModelCatalogFields {
                    family: family__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ModelCatalogFields", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PrebuiltImage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.image_ref.is_empty() {
            len += 1;
        }
        if !self.registry_secret_ref.is_empty() {
            len += 1;
        }
        if !self.image_archive.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.PrebuiltImage", len)?;
        if !self.image_ref.is_empty() {
            struct_ser.serialize_field("imageRef", &self.image_ref)?;
        }
        if !self.registry_secret_ref.is_empty() {
            struct_ser.serialize_field("registrySecretRef", &self.registry_secret_ref)?;
        }
        if !self.image_archive.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("imageArchive", pbjson::private::base64::encode(&self.image_archive).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PrebuiltImage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image_ref",
            "imageRef",
            "registry_secret_ref",
            "registrySecretRef",
            "image_archive",
            "imageArchive",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ImageRef,
            RegistrySecretRef,
            ImageArchive,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "imageRef" | "image_ref" => Ok(GeneratedField::ImageRef),
                            "registrySecretRef" | "registry_secret_ref" => Ok(GeneratedField::RegistrySecretRef),
                            "imageArchive" | "image_archive" => Ok(GeneratedField::ImageArchive),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PrebuiltImage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.PrebuiltImage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PrebuiltImage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut image_ref__ = None;
                let mut registry_secret_ref__ = None;
                let mut image_archive__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ImageRef => {
                            if image_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("imageRef"));
                            }
                            image_ref__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RegistrySecretRef => {
                            if registry_secret_ref__.is_some() {
                                return Err(serde::de::Error::duplicate_field("registrySecretRef"));
                            }
                            registry_secret_ref__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ImageArchive => {
                            if image_archive__.is_some() {
                                return Err(serde::de::Error::duplicate_field("imageArchive"));
                            }
                            image_archive__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(PrebuiltImage {
                    image_ref: image_ref__.unwrap_or_default(),
                    registry_secret_ref: registry_secret_ref__.unwrap_or_default(),
                    image_archive: image_archive__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.PrebuiltImage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PublishDraftRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.PublishDraftRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PublishDraftRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PublishDraftRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.PublishDraftRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PublishDraftRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PublishDraftRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.PublishDraftRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PublishDraftResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.app.is_some() {
            len += 1;
        }
        if self.published_version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.PublishDraftResponse", len)?;
        if let Some(v) = self.app.as_ref() {
            struct_ser.serialize_field("app", v)?;
        }
        if self.published_version != 0 {
            struct_ser.serialize_field("publishedVersion", &self.published_version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PublishDraftResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app",
            "published_version",
            "publishedVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            App,
            PublishedVersion,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "app" => Ok(GeneratedField::App),
                            "publishedVersion" | "published_version" => Ok(GeneratedField::PublishedVersion),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PublishDraftResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.PublishDraftResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PublishDraftResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app__ = None;
                let mut published_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::App => {
                            if app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            app__ = map_.next_value()?;
                        }
                        GeneratedField::PublishedVersion => {
                            if published_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("publishedVersion"));
                            }
                            published_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(PublishDraftResponse {
                    app: app__,
                    published_version: published_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.PublishDraftResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PurgeDeadLettersRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.PurgeDeadLettersRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PurgeDeadLettersRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PurgeDeadLettersRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.PurgeDeadLettersRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PurgeDeadLettersRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PurgeDeadLettersRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.PurgeDeadLettersRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PurgeDeadLettersResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.purged != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.PurgeDeadLettersResponse", len)?;
        if self.purged != 0 {
            struct_ser.serialize_field("purged", &self.purged)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PurgeDeadLettersResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "purged",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Purged,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "purged" => Ok(GeneratedField::Purged),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PurgeDeadLettersResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.PurgeDeadLettersResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PurgeDeadLettersResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut purged__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Purged => {
                            if purged__.is_some() {
                                return Err(serde::de::Error::duplicate_field("purged"));
                            }
                            purged__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(PurgeDeadLettersResponse {
                    purged: purged__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.PurgeDeadLettersResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PythonRuntime {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.PythonRuntime", len)?;
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PythonRuntime {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PythonRuntime;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.PythonRuntime")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PythonRuntime, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PythonRuntime {
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.PythonRuntime", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RedriveExecutionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RedriveExecutionRequest", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RedriveExecutionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RedriveExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RedriveExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RedriveExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(RedriveExecutionRequest {
                    execution_id: execution_id__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RedriveExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RedriveExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RedriveExecutionResponse", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RedriveExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "app_id",
            "appId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            AppId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RedriveExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RedriveExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RedriveExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut app_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RedriveExecutionResponse {
                    execution_id: execution_id__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RedriveExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RegistrySecret {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.username.is_empty() {
            len += 1;
        }
        if !self.password.is_empty() {
            len += 1;
        }
        if !self.server_address.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RegistrySecret", len)?;
        if !self.username.is_empty() {
            struct_ser.serialize_field("username", &self.username)?;
        }
        if !self.password.is_empty() {
            struct_ser.serialize_field("password", &self.password)?;
        }
        if !self.server_address.is_empty() {
            struct_ser.serialize_field("serverAddress", &self.server_address)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RegistrySecret {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "username",
            "password",
            "server_address",
            "serverAddress",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Username,
            Password,
            ServerAddress,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "username" => Ok(GeneratedField::Username),
                            "password" => Ok(GeneratedField::Password),
                            "serverAddress" | "server_address" => Ok(GeneratedField::ServerAddress),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RegistrySecret;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RegistrySecret")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RegistrySecret, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut username__ = None;
                let mut password__ = None;
                let mut server_address__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Username => {
                            if username__.is_some() {
                                return Err(serde::de::Error::duplicate_field("username"));
                            }
                            username__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Password => {
                            if password__.is_some() {
                                return Err(serde::de::Error::duplicate_field("password"));
                            }
                            password__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ServerAddress => {
                            if server_address__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serverAddress"));
                            }
                            server_address__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RegistrySecret {
                    username: username__.unwrap_or_default(),
                    password: password__.unwrap_or_default(),
                    server_address: server_address__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RegistrySecret", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Replica {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if !self.cluster_id.is_empty() {
            len += 1;
        }
        if !self.node_name.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.ready {
            len += 1;
        }
        if self.restart_count != 0 {
            len += 1;
        }
        if self.started_ms != 0 {
            len += 1;
        }
        if !self.conditions_summary.is_empty() {
            len += 1;
        }
        if self.cpu_millicores_used != 0 {
            len += 1;
        }
        if self.memory_mb_used != 0 {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if self.in_flight != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.Replica", len)?;
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if !self.cluster_id.is_empty() {
            struct_ser.serialize_field("clusterId", &self.cluster_id)?;
        }
        if !self.node_name.is_empty() {
            struct_ser.serialize_field("nodeName", &self.node_name)?;
        }
        if self.status != 0 {
            let v = ReplicaStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.ready {
            struct_ser.serialize_field("ready", &self.ready)?;
        }
        if self.restart_count != 0 {
            struct_ser.serialize_field("restartCount", &self.restart_count)?;
        }
        if self.started_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("startedMs", ToString::to_string(&self.started_ms).as_str())?;
        }
        if !self.conditions_summary.is_empty() {
            struct_ser.serialize_field("conditionsSummary", &self.conditions_summary)?;
        }
        if self.cpu_millicores_used != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("cpuMillicoresUsed", ToString::to_string(&self.cpu_millicores_used).as_str())?;
        }
        if self.memory_mb_used != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("memoryMbUsed", ToString::to_string(&self.memory_mb_used).as_str())?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.in_flight != 0 {
            struct_ser.serialize_field("inFlight", &self.in_flight)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Replica {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replica_id",
            "replicaId",
            "cluster_id",
            "clusterId",
            "node_name",
            "nodeName",
            "status",
            "ready",
            "restart_count",
            "restartCount",
            "started_ms",
            "startedMs",
            "conditions_summary",
            "conditionsSummary",
            "cpu_millicores_used",
            "cpuMillicoresUsed",
            "memory_mb_used",
            "memoryMbUsed",
            "version",
            "in_flight",
            "inFlight",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ReplicaId,
            ClusterId,
            NodeName,
            Status,
            Ready,
            RestartCount,
            StartedMs,
            ConditionsSummary,
            CpuMillicoresUsed,
            MemoryMbUsed,
            Version,
            InFlight,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "clusterId" | "cluster_id" => Ok(GeneratedField::ClusterId),
                            "nodeName" | "node_name" => Ok(GeneratedField::NodeName),
                            "status" => Ok(GeneratedField::Status),
                            "ready" => Ok(GeneratedField::Ready),
                            "restartCount" | "restart_count" => Ok(GeneratedField::RestartCount),
                            "startedMs" | "started_ms" => Ok(GeneratedField::StartedMs),
                            "conditionsSummary" | "conditions_summary" => Ok(GeneratedField::ConditionsSummary),
                            "cpuMillicoresUsed" | "cpu_millicores_used" => Ok(GeneratedField::CpuMillicoresUsed),
                            "memoryMbUsed" | "memory_mb_used" => Ok(GeneratedField::MemoryMbUsed),
                            "version" => Ok(GeneratedField::Version),
                            "inFlight" | "in_flight" => Ok(GeneratedField::InFlight),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Replica;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.Replica")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Replica, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replica_id__ = None;
                let mut cluster_id__ = None;
                let mut node_name__ = None;
                let mut status__ = None;
                let mut ready__ = None;
                let mut restart_count__ = None;
                let mut started_ms__ = None;
                let mut conditions_summary__ = None;
                let mut cpu_millicores_used__ = None;
                let mut memory_mb_used__ = None;
                let mut version__ = None;
                let mut in_flight__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ClusterId => {
                            if cluster_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clusterId"));
                            }
                            cluster_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NodeName => {
                            if node_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nodeName"));
                            }
                            node_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ReplicaStatus>()? as i32);
                        }
                        GeneratedField::Ready => {
                            if ready__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ready"));
                            }
                            ready__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RestartCount => {
                            if restart_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("restartCount"));
                            }
                            restart_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::StartedMs => {
                            if started_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startedMs"));
                            }
                            started_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ConditionsSummary => {
                            if conditions_summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conditionsSummary"));
                            }
                            conditions_summary__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CpuMillicoresUsed => {
                            if cpu_millicores_used__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cpuMillicoresUsed"));
                            }
                            cpu_millicores_used__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MemoryMbUsed => {
                            if memory_mb_used__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memoryMbUsed"));
                            }
                            memory_mb_used__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::InFlight => {
                            if in_flight__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inFlight"));
                            }
                            in_flight__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Replica {
                    replica_id: replica_id__.unwrap_or_default(),
                    cluster_id: cluster_id__.unwrap_or_default(),
                    node_name: node_name__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    ready: ready__.unwrap_or_default(),
                    restart_count: restart_count__.unwrap_or_default(),
                    started_ms: started_ms__.unwrap_or_default(),
                    conditions_summary: conditions_summary__.unwrap_or_default(),
                    cpu_millicores_used: cpu_millicores_used__.unwrap_or_default(),
                    memory_mb_used: memory_mb_used__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    in_flight: in_flight__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.Replica", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReplicaStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::StatusUnspecified => "STATUS_UNSPECIFIED",
            Self::StatusPending => "STATUS_PENDING",
            Self::StatusRunning => "STATUS_RUNNING",
            Self::StatusSucceeded => "STATUS_SUCCEEDED",
            Self::StatusFailed => "STATUS_FAILED",
            Self::StatusUnknown => "STATUS_UNKNOWN",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STATUS_UNSPECIFIED",
            "STATUS_PENDING",
            "STATUS_RUNNING",
            "STATUS_SUCCEEDED",
            "STATUS_FAILED",
            "STATUS_UNKNOWN",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ReplicaStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "STATUS_UNSPECIFIED" => Ok(ReplicaStatus::StatusUnspecified),
                    "STATUS_PENDING" => Ok(ReplicaStatus::StatusPending),
                    "STATUS_RUNNING" => Ok(ReplicaStatus::StatusRunning),
                    "STATUS_SUCCEEDED" => Ok(ReplicaStatus::StatusSucceeded),
                    "STATUS_FAILED" => Ok(ReplicaStatus::StatusFailed),
                    "STATUS_UNKNOWN" => Ok(ReplicaStatus::StatusUnknown),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ResourceLimits {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.memory_mb != 0 {
            len += 1;
        }
        if self.cpu_millicores != 0 {
            len += 1;
        }
        if self.timeout_secs != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ResourceLimits", len)?;
        if self.memory_mb != 0 {
            struct_ser.serialize_field("memoryMb", &self.memory_mb)?;
        }
        if self.cpu_millicores != 0 {
            struct_ser.serialize_field("cpuMillicores", &self.cpu_millicores)?;
        }
        if self.timeout_secs != 0 {
            struct_ser.serialize_field("timeoutSecs", &self.timeout_secs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ResourceLimits {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "memory_mb",
            "memoryMb",
            "cpu_millicores",
            "cpuMillicores",
            "timeout_secs",
            "timeoutSecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MemoryMb,
            CpuMillicores,
            TimeoutSecs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "memoryMb" | "memory_mb" => Ok(GeneratedField::MemoryMb),
                            "cpuMillicores" | "cpu_millicores" => Ok(GeneratedField::CpuMillicores),
                            "timeoutSecs" | "timeout_secs" => Ok(GeneratedField::TimeoutSecs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ResourceLimits;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ResourceLimits")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ResourceLimits, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut memory_mb__ = None;
                let mut cpu_millicores__ = None;
                let mut timeout_secs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MemoryMb => {
                            if memory_mb__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memoryMb"));
                            }
                            memory_mb__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CpuMillicores => {
                            if cpu_millicores__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cpuMillicores"));
                            }
                            cpu_millicores__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TimeoutSecs => {
                            if timeout_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeoutSecs"));
                            }
                            timeout_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ResourceLimits {
                    memory_mb: memory_mb__.unwrap_or_default(),
                    cpu_millicores: cpu_millicores__.unwrap_or_default(),
                    timeout_secs: timeout_secs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ResourceLimits", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ResourceTier {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "RESOURCE_TIER_UNSPECIFIED",
            Self::Small => "RESOURCE_TIER_SMALL",
            Self::Medium => "RESOURCE_TIER_MEDIUM",
            Self::Large => "RESOURCE_TIER_LARGE",
            Self::Xlarge => "RESOURCE_TIER_XLARGE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ResourceTier {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "RESOURCE_TIER_UNSPECIFIED",
            "RESOURCE_TIER_SMALL",
            "RESOURCE_TIER_MEDIUM",
            "RESOURCE_TIER_LARGE",
            "RESOURCE_TIER_XLARGE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ResourceTier;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "RESOURCE_TIER_UNSPECIFIED" => Ok(ResourceTier::Unspecified),
                    "RESOURCE_TIER_SMALL" => Ok(ResourceTier::Small),
                    "RESOURCE_TIER_MEDIUM" => Ok(ResourceTier::Medium),
                    "RESOURCE_TIER_LARGE" => Ok(ResourceTier::Large),
                    "RESOURCE_TIER_XLARGE" => Ok(ResourceTier::Xlarge),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for RetryOn {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "RETRY_ON_UNSPECIFIED",
            Self::Timeout => "RETRY_ON_TIMEOUT",
            Self::Crashed => "RETRY_ON_CRASHED",
            Self::ServerError => "RETRY_ON_SERVER_ERROR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for RetryOn {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "RETRY_ON_UNSPECIFIED",
            "RETRY_ON_TIMEOUT",
            "RETRY_ON_CRASHED",
            "RETRY_ON_SERVER_ERROR",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = RetryOn;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "RETRY_ON_UNSPECIFIED" => Ok(RetryOn::Unspecified),
                    "RETRY_ON_TIMEOUT" => Ok(RetryOn::Timeout),
                    "RETRY_ON_CRASHED" => Ok(RetryOn::Crashed),
                    "RETRY_ON_SERVER_ERROR" => Ok(RetryOn::ServerError),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for RetryPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_attempts != 0 {
            len += 1;
        }
        if self.initial_backoff_ms != 0 {
            len += 1;
        }
        if self.max_backoff_ms != 0 {
            len += 1;
        }
        if self.multiplier != 0. {
            len += 1;
        }
        if self.jitter != 0. {
            len += 1;
        }
        if !self.retry_on.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RetryPolicy", len)?;
        if self.max_attempts != 0 {
            struct_ser.serialize_field("maxAttempts", &self.max_attempts)?;
        }
        if self.initial_backoff_ms != 0 {
            struct_ser.serialize_field("initialBackoffMs", &self.initial_backoff_ms)?;
        }
        if self.max_backoff_ms != 0 {
            struct_ser.serialize_field("maxBackoffMs", &self.max_backoff_ms)?;
        }
        if self.multiplier != 0. {
            struct_ser.serialize_field("multiplier", &self.multiplier)?;
        }
        if self.jitter != 0. {
            struct_ser.serialize_field("jitter", &self.jitter)?;
        }
        if !self.retry_on.is_empty() {
            let v = self.retry_on.iter().cloned().map(|v| {
                RetryOn::try_from(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("retryOn", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RetryPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_attempts",
            "maxAttempts",
            "initial_backoff_ms",
            "initialBackoffMs",
            "max_backoff_ms",
            "maxBackoffMs",
            "multiplier",
            "jitter",
            "retry_on",
            "retryOn",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxAttempts,
            InitialBackoffMs,
            MaxBackoffMs,
            Multiplier,
            Jitter,
            RetryOn,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "maxAttempts" | "max_attempts" => Ok(GeneratedField::MaxAttempts),
                            "initialBackoffMs" | "initial_backoff_ms" => Ok(GeneratedField::InitialBackoffMs),
                            "maxBackoffMs" | "max_backoff_ms" => Ok(GeneratedField::MaxBackoffMs),
                            "multiplier" => Ok(GeneratedField::Multiplier),
                            "jitter" => Ok(GeneratedField::Jitter),
                            "retryOn" | "retry_on" => Ok(GeneratedField::RetryOn),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RetryPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RetryPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RetryPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_attempts__ = None;
                let mut initial_backoff_ms__ = None;
                let mut max_backoff_ms__ = None;
                let mut multiplier__ = None;
                let mut jitter__ = None;
                let mut retry_on__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxAttempts => {
                            if max_attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxAttempts"));
                            }
                            max_attempts__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::InitialBackoffMs => {
                            if initial_backoff_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("initialBackoffMs"));
                            }
                            initial_backoff_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxBackoffMs => {
                            if max_backoff_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxBackoffMs"));
                            }
                            max_backoff_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Multiplier => {
                            if multiplier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("multiplier"));
                            }
                            multiplier__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Jitter => {
                            if jitter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("jitter"));
                            }
                            jitter__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::RetryOn => {
                            if retry_on__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryOn"));
                            }
                            retry_on__ = Some(map_.next_value::<Vec<RetryOn>>()?.into_iter().map(|x| x as i32).collect());
                        }
                    }
                }
                Ok(RetryPolicy {
                    max_attempts: max_attempts__.unwrap_or_default(),
                    initial_backoff_ms: initial_backoff_ms__.unwrap_or_default(),
                    max_backoff_ms: max_backoff_ms__.unwrap_or_default(),
                    multiplier: multiplier__.unwrap_or_default(),
                    jitter: jitter__.unwrap_or_default(),
                    retry_on: retry_on__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RetryPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RollbackAppRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RollbackAppRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RollbackAppRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Version,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RollbackAppRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RollbackAppRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RollbackAppRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(RollbackAppRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RollbackAppRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RollbackAppResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.app.is_some() {
            len += 1;
        }
        if self.active_version != 0 {
            len += 1;
        }
        if self.previous_version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RollbackAppResponse", len)?;
        if let Some(v) = self.app.as_ref() {
            struct_ser.serialize_field("app", v)?;
        }
        if self.active_version != 0 {
            struct_ser.serialize_field("activeVersion", &self.active_version)?;
        }
        if self.previous_version != 0 {
            struct_ser.serialize_field("previousVersion", &self.previous_version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RollbackAppResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app",
            "active_version",
            "activeVersion",
            "previous_version",
            "previousVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            App,
            ActiveVersion,
            PreviousVersion,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "app" => Ok(GeneratedField::App),
                            "activeVersion" | "active_version" => Ok(GeneratedField::ActiveVersion),
                            "previousVersion" | "previous_version" => Ok(GeneratedField::PreviousVersion),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RollbackAppResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RollbackAppResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RollbackAppResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app__ = None;
                let mut active_version__ = None;
                let mut previous_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::App => {
                            if app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            app__ = map_.next_value()?;
                        }
                        GeneratedField::ActiveVersion => {
                            if active_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeVersion"));
                            }
                            active_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PreviousVersion => {
                            if previous_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("previousVersion"));
                            }
                            previous_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(RollbackAppResponse {
                    app: app__,
                    active_version: active_version__.unwrap_or_default(),
                    previous_version: previous_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RollbackAppResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Runtime {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.Runtime", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                runtime::Kind::Python(v) => {
                    struct_ser.serialize_field("python", v)?;
                }
                runtime::Kind::Rust(v) => {
                    struct_ser.serialize_field("rust", v)?;
                }
                runtime::Kind::Go(v) => {
                    struct_ser.serialize_field("go", v)?;
                }
                runtime::Kind::Deno(v) => {
                    struct_ser.serialize_field("deno", v)?;
                }
                runtime::Kind::Wasm(v) => {
                    struct_ser.serialize_field("wasm", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Runtime {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "python",
            "rust",
            "go",
            "deno",
            "wasm",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Python,
            Rust,
            Go,
            Deno,
            Wasm,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "python" => Ok(GeneratedField::Python),
                            "rust" => Ok(GeneratedField::Rust),
                            "go" => Ok(GeneratedField::Go),
                            "deno" => Ok(GeneratedField::Deno),
                            "wasm" => Ok(GeneratedField::Wasm),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Runtime;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.Runtime")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Runtime, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Python => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("python"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(runtime::Kind::Python)
;
                        }
                        GeneratedField::Rust => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rust"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(runtime::Kind::Rust)
;
                        }
                        GeneratedField::Go => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("go"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(runtime::Kind::Go)
;
                        }
                        GeneratedField::Deno => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deno"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(runtime::Kind::Deno)
;
                        }
                        GeneratedField::Wasm => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("wasm"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(runtime::Kind::Wasm)
;
                        }
                    }
                }
                Ok(Runtime {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.Runtime", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RustCompilationTarget {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "RUST_COMPILATION_TARGET_UNSPECIFIED",
            Self::Native => "RUST_COMPILATION_TARGET_NATIVE",
            Self::Wasm => "RUST_COMPILATION_TARGET_WASM",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for RustCompilationTarget {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "RUST_COMPILATION_TARGET_UNSPECIFIED",
            "RUST_COMPILATION_TARGET_NATIVE",
            "RUST_COMPILATION_TARGET_WASM",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = RustCompilationTarget;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "RUST_COMPILATION_TARGET_UNSPECIFIED" => Ok(RustCompilationTarget::Unspecified),
                    "RUST_COMPILATION_TARGET_NATIVE" => Ok(RustCompilationTarget::Native),
                    "RUST_COMPILATION_TARGET_WASM" => Ok(RustCompilationTarget::Wasm),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for RustRuntime {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.target != 0 {
            len += 1;
        }
        if !self.toolchain_version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.RustRuntime", len)?;
        if self.target != 0 {
            let v = RustCompilationTarget::try_from(self.target)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.target)))?;
            struct_ser.serialize_field("target", &v)?;
        }
        if !self.toolchain_version.is_empty() {
            struct_ser.serialize_field("toolchainVersion", &self.toolchain_version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RustRuntime {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "target",
            "toolchain_version",
            "toolchainVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Target,
            ToolchainVersion,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "target" => Ok(GeneratedField::Target),
                            "toolchainVersion" | "toolchain_version" => Ok(GeneratedField::ToolchainVersion),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RustRuntime;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.RustRuntime")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RustRuntime, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut target__ = None;
                let mut toolchain_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Target => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("target"));
                            }
                            target__ = Some(map_.next_value::<RustCompilationTarget>()? as i32);
                        }
                        GeneratedField::ToolchainVersion => {
                            if toolchain_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("toolchainVersion"));
                            }
                            toolchain_version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RustRuntime {
                    target: target__.unwrap_or_default(),
                    toolchain_version: toolchain_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.RustRuntime", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SaveDraftRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.code.is_some() {
            len += 1;
        }
        if self.input_schema.is_some() {
            len += 1;
        }
        if self.output_schema.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.SaveDraftRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if let Some(v) = self.code.as_ref() {
            struct_ser.serialize_field("code", v)?;
        }
        if let Some(v) = self.input_schema.as_ref() {
            struct_ser.serialize_field("inputSchema", v)?;
        }
        if let Some(v) = self.output_schema.as_ref() {
            struct_ser.serialize_field("outputSchema", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SaveDraftRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "code",
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Code,
            InputSchema,
            OutputSchema,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "code" => Ok(GeneratedField::Code),
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SaveDraftRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.SaveDraftRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SaveDraftRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut code__ = None;
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Code => {
                            if code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("code"));
                            }
                            code__ = map_.next_value()?;
                        }
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = map_.next_value()?;
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SaveDraftRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    code: code__,
                    input_schema: input_schema__,
                    output_schema: output_schema__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.SaveDraftRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SaveDraftResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.draft.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.SaveDraftResponse", len)?;
        if let Some(v) = self.draft.as_ref() {
            struct_ser.serialize_field("draft", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SaveDraftResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "draft",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Draft,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "draft" => Ok(GeneratedField::Draft),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SaveDraftResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.SaveDraftResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SaveDraftResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut draft__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Draft => {
                            if draft__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draft"));
                            }
                            draft__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SaveDraftResponse {
                    draft: draft__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.SaveDraftResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScaleMetric {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SCALE_METRIC_UNSPECIFIED",
            Self::Concurrency => "SCALE_METRIC_CONCURRENCY",
            Self::RequestsPerSecond => "SCALE_METRIC_REQUESTS_PER_SECOND",
            Self::Cpu => "SCALE_METRIC_CPU",
            Self::Memory => "SCALE_METRIC_MEMORY",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ScaleMetric {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SCALE_METRIC_UNSPECIFIED",
            "SCALE_METRIC_CONCURRENCY",
            "SCALE_METRIC_REQUESTS_PER_SECOND",
            "SCALE_METRIC_CPU",
            "SCALE_METRIC_MEMORY",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ScaleMetric;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SCALE_METRIC_UNSPECIFIED" => Ok(ScaleMetric::Unspecified),
                    "SCALE_METRIC_CONCURRENCY" => Ok(ScaleMetric::Concurrency),
                    "SCALE_METRIC_REQUESTS_PER_SECOND" => Ok(ScaleMetric::RequestsPerSecond),
                    "SCALE_METRIC_CPU" => Ok(ScaleMetric::Cpu),
                    "SCALE_METRIC_MEMORY" => Ok(ScaleMetric::Memory),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ScalingConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.min_replicas != 0 {
            len += 1;
        }
        if self.max_replicas != 0 {
            len += 1;
        }
        if self.reserved != 0 {
            len += 1;
        }
        if self.auto_mode != 0 {
            len += 1;
        }
        if self.metric != 0 {
            len += 1;
        }
        if self.target != 0 {
            len += 1;
        }
        if self.idle_timeout_secs != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ScalingConfig", len)?;
        if self.min_replicas != 0 {
            struct_ser.serialize_field("minReplicas", &self.min_replicas)?;
        }
        if self.max_replicas != 0 {
            struct_ser.serialize_field("maxReplicas", &self.max_replicas)?;
        }
        if self.reserved != 0 {
            struct_ser.serialize_field("reserved", &self.reserved)?;
        }
        if self.auto_mode != 0 {
            let v = AutoMode::try_from(self.auto_mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.auto_mode)))?;
            struct_ser.serialize_field("autoMode", &v)?;
        }
        if self.metric != 0 {
            let v = ScaleMetric::try_from(self.metric)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.metric)))?;
            struct_ser.serialize_field("metric", &v)?;
        }
        if self.target != 0 {
            struct_ser.serialize_field("target", &self.target)?;
        }
        if self.idle_timeout_secs != 0 {
            struct_ser.serialize_field("idleTimeoutSecs", &self.idle_timeout_secs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScalingConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "min_replicas",
            "minReplicas",
            "max_replicas",
            "maxReplicas",
            "reserved",
            "auto_mode",
            "autoMode",
            "metric",
            "target",
            "idle_timeout_secs",
            "idleTimeoutSecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MinReplicas,
            MaxReplicas,
            Reserved,
            AutoMode,
            Metric,
            Target,
            IdleTimeoutSecs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "minReplicas" | "min_replicas" => Ok(GeneratedField::MinReplicas),
                            "maxReplicas" | "max_replicas" => Ok(GeneratedField::MaxReplicas),
                            "reserved" => Ok(GeneratedField::Reserved),
                            "autoMode" | "auto_mode" => Ok(GeneratedField::AutoMode),
                            "metric" => Ok(GeneratedField::Metric),
                            "target" => Ok(GeneratedField::Target),
                            "idleTimeoutSecs" | "idle_timeout_secs" => Ok(GeneratedField::IdleTimeoutSecs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScalingConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ScalingConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScalingConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut min_replicas__ = None;
                let mut max_replicas__ = None;
                let mut reserved__ = None;
                let mut auto_mode__ = None;
                let mut metric__ = None;
                let mut target__ = None;
                let mut idle_timeout_secs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MinReplicas => {
                            if min_replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minReplicas"));
                            }
                            min_replicas__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxReplicas => {
                            if max_replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxReplicas"));
                            }
                            max_replicas__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Reserved => {
                            if reserved__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reserved"));
                            }
                            reserved__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::AutoMode => {
                            if auto_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("autoMode"));
                            }
                            auto_mode__ = Some(map_.next_value::<AutoMode>()? as i32);
                        }
                        GeneratedField::Metric => {
                            if metric__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metric"));
                            }
                            metric__ = Some(map_.next_value::<ScaleMetric>()? as i32);
                        }
                        GeneratedField::Target => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("target"));
                            }
                            target__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::IdleTimeoutSecs => {
                            if idle_timeout_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("idleTimeoutSecs"));
                            }
                            idle_timeout_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ScalingConfig {
                    min_replicas: min_replicas__.unwrap_or_default(),
                    max_replicas: max_replicas__.unwrap_or_default(),
                    reserved: reserved__.unwrap_or_default(),
                    auto_mode: auto_mode__.unwrap_or_default(),
                    metric: metric__.unwrap_or_default(),
                    target: target__.unwrap_or_default(),
                    idle_timeout_secs: idle_timeout_secs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ScalingConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Schedule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.cron.is_empty() {
            len += 1;
        }
        if !self.timezone.is_empty() {
            len += 1;
        }
        if !self.payload.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.Schedule", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.cron.is_empty() {
            struct_ser.serialize_field("cron", &self.cron)?;
        }
        if !self.timezone.is_empty() {
            struct_ser.serialize_field("timezone", &self.timezone)?;
        }
        if !self.payload.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("payload", pbjson::private::base64::encode(&self.payload).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Schedule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "cron",
            "timezone",
            "payload",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Cron,
            Timezone,
            Payload,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "cron" => Ok(GeneratedField::Cron),
                            "timezone" => Ok(GeneratedField::Timezone),
                            "payload" => Ok(GeneratedField::Payload),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Schedule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.Schedule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Schedule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut cron__ = None;
                let mut timezone__ = None;
                let mut payload__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Cron => {
                            if cron__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cron"));
                            }
                            cron__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Timezone => {
                            if timezone__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timezone"));
                            }
                            timezone__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Payload => {
                            if payload__.is_some() {
                                return Err(serde::de::Error::duplicate_field("payload"));
                            }
                            payload__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Schedule {
                    name: name__.unwrap_or_default(),
                    cron: cron__.unwrap_or_default(),
                    timezone: timezone__.unwrap_or_default(),
                    payload: payload__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.Schedule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScheduleState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.cron.is_empty() {
            len += 1;
        }
        if !self.timezone.is_empty() {
            len += 1;
        }
        if self.next_run_ms != 0 {
            len += 1;
        }
        if self.last_run_ms != 0 {
            len += 1;
        }
        if !self.last_execution_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.ScheduleState", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.cron.is_empty() {
            struct_ser.serialize_field("cron", &self.cron)?;
        }
        if !self.timezone.is_empty() {
            struct_ser.serialize_field("timezone", &self.timezone)?;
        }
        if self.next_run_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("nextRunMs", ToString::to_string(&self.next_run_ms).as_str())?;
        }
        if self.last_run_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("lastRunMs", ToString::to_string(&self.last_run_ms).as_str())?;
        }
        if !self.last_execution_id.is_empty() {
            struct_ser.serialize_field("lastExecutionId", &self.last_execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScheduleState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "cron",
            "timezone",
            "next_run_ms",
            "nextRunMs",
            "last_run_ms",
            "lastRunMs",
            "last_execution_id",
            "lastExecutionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Cron,
            Timezone,
            NextRunMs,
            LastRunMs,
            LastExecutionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "cron" => Ok(GeneratedField::Cron),
                            "timezone" => Ok(GeneratedField::Timezone),
                            "nextRunMs" | "next_run_ms" => Ok(GeneratedField::NextRunMs),
                            "lastRunMs" | "last_run_ms" => Ok(GeneratedField::LastRunMs),
                            "lastExecutionId" | "last_execution_id" => Ok(GeneratedField::LastExecutionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScheduleState;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.ScheduleState")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScheduleState, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut cron__ = None;
                let mut timezone__ = None;
                let mut next_run_ms__ = None;
                let mut last_run_ms__ = None;
                let mut last_execution_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Cron => {
                            if cron__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cron"));
                            }
                            cron__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Timezone => {
                            if timezone__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timezone"));
                            }
                            timezone__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextRunMs => {
                            if next_run_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextRunMs"));
                            }
                            next_run_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LastRunMs => {
                            if last_run_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastRunMs"));
                            }
                            last_run_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LastExecutionId => {
                            if last_execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastExecutionId"));
                            }
                            last_execution_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ScheduleState {
                    name: name__.unwrap_or_default(),
                    cron: cron__.unwrap_or_default(),
                    timezone: timezone__.unwrap_or_default(),
                    next_run_ms: next_run_ms__.unwrap_or_default(),
                    last_run_ms: last_run_ms__.unwrap_or_default(),
                    last_execution_id: last_execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.ScheduleState", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecretMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.r#type.is_empty() {
            len += 1;
        }
        if self.created_at_ms != 0 {
            len += 1;
        }
        if self.updated_at_ms != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.SecretMetadata", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.r#type.is_empty() {
            struct_ser.serialize_field("type", &self.r#type)?;
        }
        if self.created_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("createdAtMs", ToString::to_string(&self.created_at_ms).as_str())?;
        }
        if self.updated_at_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updatedAtMs", ToString::to_string(&self.updated_at_ms).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecretMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "type",
            "created_at_ms",
            "createdAtMs",
            "updated_at_ms",
            "updatedAtMs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Type,
            CreatedAtMs,
            UpdatedAtMs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "type" => Ok(GeneratedField::Type),
                            "createdAtMs" | "created_at_ms" => Ok(GeneratedField::CreatedAtMs),
                            "updatedAtMs" | "updated_at_ms" => Ok(GeneratedField::UpdatedAtMs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecretMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.SecretMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecretMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut r#type__ = None;
                let mut created_at_ms__ = None;
                let mut updated_at_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreatedAtMs => {
                            if created_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdAtMs"));
                            }
                            created_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UpdatedAtMs => {
                            if updated_at_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updatedAtMs"));
                            }
                            updated_at_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(SecretMetadata {
                    name: name__.unwrap_or_default(),
                    r#type: r#type__.unwrap_or_default(),
                    created_at_ms: created_at_ms__.unwrap_or_default(),
                    updated_at_ms: updated_at_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.SecretMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecretValue {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.SecretValue", len)?;
        if let Some(v) = self.kind.as_ref() {
            match v {
                secret_value::Kind::GitSecret(v) => {
                    struct_ser.serialize_field("gitSecret", v)?;
                }
                secret_value::Kind::RegistrySecret(v) => {
                    struct_ser.serialize_field("registrySecret", v)?;
                }
                secret_value::Kind::AppSecret(v) => {
                    struct_ser.serialize_field("appSecret", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecretValue {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "git_secret",
            "gitSecret",
            "registry_secret",
            "registrySecret",
            "app_secret",
            "appSecret",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            GitSecret,
            RegistrySecret,
            AppSecret,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "gitSecret" | "git_secret" => Ok(GeneratedField::GitSecret),
                            "registrySecret" | "registry_secret" => Ok(GeneratedField::RegistrySecret),
                            "appSecret" | "app_secret" => Ok(GeneratedField::AppSecret),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecretValue;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.SecretValue")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecretValue, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::GitSecret => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gitSecret"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(secret_value::Kind::GitSecret)
;
                        }
                        GeneratedField::RegistrySecret => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("registrySecret"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(secret_value::Kind::RegistrySecret)
;
                        }
                        GeneratedField::AppSecret => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appSecret"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(secret_value::Kind::AppSecret)
;
                        }
                    }
                }
                Ok(SecretValue {
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.SecretValue", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SetAliasRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if self.canary_version != 0 {
            len += 1;
        }
        if self.canary_weight != 0 {
            len += 1;
        }
        if self.max_error_rate != 0. {
            len += 1;
        }
        if self.max_p99_ms != 0 {
            len += 1;
        }
        if self.window_secs != 0 {
            len += 1;
        }
        if self.min_calls != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.SetAliasRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if self.canary_version != 0 {
            struct_ser.serialize_field("canaryVersion", &self.canary_version)?;
        }
        if self.canary_weight != 0 {
            struct_ser.serialize_field("canaryWeight", &self.canary_weight)?;
        }
        if self.max_error_rate != 0. {
            struct_ser.serialize_field("maxErrorRate", &self.max_error_rate)?;
        }
        if self.max_p99_ms != 0 {
            struct_ser.serialize_field("maxP99Ms", &self.max_p99_ms)?;
        }
        if self.window_secs != 0 {
            struct_ser.serialize_field("windowSecs", &self.window_secs)?;
        }
        if self.min_calls != 0 {
            struct_ser.serialize_field("minCalls", &self.min_calls)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SetAliasRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "name",
            "version",
            "canary_version",
            "canaryVersion",
            "canary_weight",
            "canaryWeight",
            "max_error_rate",
            "maxErrorRate",
            "max_p99_ms",
            "maxP99Ms",
            "window_secs",
            "windowSecs",
            "min_calls",
            "minCalls",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Name,
            Version,
            CanaryVersion,
            CanaryWeight,
            MaxErrorRate,
            MaxP99Ms,
            WindowSecs,
            MinCalls,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "name" => Ok(GeneratedField::Name),
                            "version" => Ok(GeneratedField::Version),
                            "canaryVersion" | "canary_version" => Ok(GeneratedField::CanaryVersion),
                            "canaryWeight" | "canary_weight" => Ok(GeneratedField::CanaryWeight),
                            "maxErrorRate" | "max_error_rate" => Ok(GeneratedField::MaxErrorRate),
                            "maxP99Ms" | "max_p99_ms" => Ok(GeneratedField::MaxP99Ms),
                            "windowSecs" | "window_secs" => Ok(GeneratedField::WindowSecs),
                            "minCalls" | "min_calls" => Ok(GeneratedField::MinCalls),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SetAliasRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.SetAliasRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SetAliasRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut name__ = None;
                let mut version__ = None;
                let mut canary_version__ = None;
                let mut canary_weight__ = None;
                let mut max_error_rate__ = None;
                let mut max_p99_ms__ = None;
                let mut window_secs__ = None;
                let mut min_calls__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CanaryVersion => {
                            if canary_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canaryVersion"));
                            }
                            canary_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CanaryWeight => {
                            if canary_weight__.is_some() {
                                return Err(serde::de::Error::duplicate_field("canaryWeight"));
                            }
                            canary_weight__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxErrorRate => {
                            if max_error_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxErrorRate"));
                            }
                            max_error_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxP99Ms => {
                            if max_p99_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxP99Ms"));
                            }
                            max_p99_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::WindowSecs => {
                            if window_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("windowSecs"));
                            }
                            window_secs__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MinCalls => {
                            if min_calls__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minCalls"));
                            }
                            min_calls__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(SetAliasRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    canary_version: canary_version__.unwrap_or_default(),
                    canary_weight: canary_weight__.unwrap_or_default(),
                    max_error_rate: max_error_rate__.unwrap_or_default(),
                    max_p99_ms: max_p99_ms__.unwrap_or_default(),
                    window_secs: window_secs__.unwrap_or_default(),
                    min_calls: min_calls__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.SetAliasRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SetAliasResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.alias.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.SetAliasResponse", len)?;
        if let Some(v) = self.alias.as_ref() {
            struct_ser.serialize_field("alias", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SetAliasResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "alias",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Alias,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "alias" => Ok(GeneratedField::Alias),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SetAliasResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.SetAliasResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SetAliasResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut alias__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Alias => {
                            if alias__.is_some() {
                                return Err(serde::de::Error::duplicate_field("alias"));
                            }
                            alias__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SetAliasResponse {
                    alias: alias__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.SetAliasResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StorageMode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "STORAGE_MODE_UNSPECIFIED",
            Self::Persistent => "STORAGE_MODE_PERSISTENT",
            Self::Ephemeral => "STORAGE_MODE_EPHEMERAL",
            Self::Ttl => "STORAGE_MODE_TTL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for StorageMode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STORAGE_MODE_UNSPECIFIED",
            "STORAGE_MODE_PERSISTENT",
            "STORAGE_MODE_EPHEMERAL",
            "STORAGE_MODE_TTL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = StorageMode;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "STORAGE_MODE_UNSPECIFIED" => Ok(StorageMode::Unspecified),
                    "STORAGE_MODE_PERSISTENT" => Ok(StorageMode::Persistent),
                    "STORAGE_MODE_EPHEMERAL" => Ok(StorageMode::Ephemeral),
                    "STORAGE_MODE_TTL" => Ok(StorageMode::Ttl),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StreamAppEventsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.severity.is_empty() {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if self.from_start {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.StreamAppEventsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.severity.is_empty() {
            struct_ser.serialize_field("severity", &self.severity)?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if self.from_start {
            struct_ser.serialize_field("fromStart", &self.from_start)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamAppEventsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "severity",
            "replica_id",
            "replicaId",
            "from_start",
            "fromStart",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Severity,
            ReplicaId,
            FromStart,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "severity" => Ok(GeneratedField::Severity),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "fromStart" | "from_start" => Ok(GeneratedField::FromStart),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamAppEventsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.StreamAppEventsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamAppEventsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut severity__ = None;
                let mut replica_id__ = None;
                let mut from_start__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FromStart => {
                            if from_start__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fromStart"));
                            }
                            from_start__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StreamAppEventsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                    from_start: from_start__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.StreamAppEventsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StreamAppLogsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.replica_id.is_empty() {
            len += 1;
        }
        if self.from_start {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.StreamAppLogsRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.replica_id.is_empty() {
            struct_ser.serialize_field("replicaId", &self.replica_id)?;
        }
        if self.from_start {
            struct_ser.serialize_field("fromStart", &self.from_start)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamAppLogsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "replica_id",
            "replicaId",
            "from_start",
            "fromStart",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            ReplicaId,
            FromStart,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "fromStart" | "from_start" => Ok(GeneratedField::FromStart),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamAppLogsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.StreamAppLogsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamAppLogsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut replica_id__ = None;
                let mut from_start__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FromStart => {
                            if from_start__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fromStart"));
                            }
                            from_start__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StreamAppLogsRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    replica_id: replica_id__.unwrap_or_default(),
                    from_start: from_start__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.StreamAppLogsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StreamCompileLogsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.deploy_id.is_empty() {
            len += 1;
        }
        if self.from_start {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.StreamCompileLogsRequest", len)?;
        if !self.deploy_id.is_empty() {
            struct_ser.serialize_field("deployId", &self.deploy_id)?;
        }
        if self.from_start {
            struct_ser.serialize_field("fromStart", &self.from_start)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamCompileLogsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deploy_id",
            "deployId",
            "from_start",
            "fromStart",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeployId,
            FromStart,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "deployId" | "deploy_id" => Ok(GeneratedField::DeployId),
                            "fromStart" | "from_start" => Ok(GeneratedField::FromStart),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamCompileLogsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.StreamCompileLogsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamCompileLogsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deploy_id__ = None;
                let mut from_start__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeployId => {
                            if deploy_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployId"));
                            }
                            deploy_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FromStart => {
                            if from_start__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fromStart"));
                            }
                            from_start__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StreamCompileLogsRequest {
                    deploy_id: deploy_id__.unwrap_or_default(),
                    from_start: from_start__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.StreamCompileLogsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StreamExecutionInputRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.chunk.is_empty() {
            len += 1;
        }
        if self.end_of_input {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.StreamExecutionInputRequest", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.chunk.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("chunk", pbjson::private::base64::encode(&self.chunk).as_str())?;
        }
        if self.end_of_input {
            struct_ser.serialize_field("endOfInput", &self.end_of_input)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamExecutionInputRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "chunk",
            "end_of_input",
            "endOfInput",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            Chunk,
            EndOfInput,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "chunk" => Ok(GeneratedField::Chunk),
                            "endOfInput" | "end_of_input" => Ok(GeneratedField::EndOfInput),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamExecutionInputRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.StreamExecutionInputRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamExecutionInputRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut chunk__ = None;
                let mut end_of_input__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Chunk => {
                            if chunk__.is_some() {
                                return Err(serde::de::Error::duplicate_field("chunk"));
                            }
                            chunk__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::EndOfInput => {
                            if end_of_input__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endOfInput"));
                            }
                            end_of_input__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StreamExecutionInputRequest {
                    execution_id: execution_id__.unwrap_or_default(),
                    chunk: chunk__.unwrap_or_default(),
                    end_of_input: end_of_input__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.StreamExecutionInputRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StreamExecutionInputResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if self.bytes_received != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.StreamExecutionInputResponse", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if self.bytes_received != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("bytesReceived", ToString::to_string(&self.bytes_received).as_str())?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamExecutionInputResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "bytes_received",
            "bytesReceived",
            "status",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            BytesReceived,
            Status,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "bytesReceived" | "bytes_received" => Ok(GeneratedField::BytesReceived),
                            "status" => Ok(GeneratedField::Status),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamExecutionInputResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.StreamExecutionInputResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamExecutionInputResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut bytes_received__ = None;
                let mut status__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BytesReceived => {
                            if bytes_received__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bytesReceived"));
                            }
                            bytes_received__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                    }
                }
                Ok(StreamExecutionInputResponse {
                    execution_id: execution_id__.unwrap_or_default(),
                    bytes_received: bytes_received__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.StreamExecutionInputResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestAppVersionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if !self.payload.is_empty() {
            len += 1;
        }
        if self.http.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.TestAppVersionRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if self.version != 0 {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.payload.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("payload", pbjson::private::base64::encode(&self.payload).as_str())?;
        }
        if let Some(v) = self.http.as_ref() {
            struct_ser.serialize_field("http", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestAppVersionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "version",
            "payload",
            "http",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Version,
            Payload,
            Http,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "version" => Ok(GeneratedField::Version),
                            "payload" => Ok(GeneratedField::Payload),
                            "http" => Ok(GeneratedField::Http),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestAppVersionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.TestAppVersionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestAppVersionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut version__ = None;
                let mut payload__ = None;
                let mut http__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Payload => {
                            if payload__.is_some() {
                                return Err(serde::de::Error::duplicate_field("payload"));
                            }
                            payload__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Http => {
                            if http__.is_some() {
                                return Err(serde::de::Error::duplicate_field("http"));
                            }
                            http__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TestAppVersionRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    payload: payload__.unwrap_or_default(),
                    http: http__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.TestAppVersionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestAppVersionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.TestAppVersionResponse", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestAppVersionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "app_id",
            "appId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            AppId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestAppVersionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.TestAppVersionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestAppVersionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut app_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TestAppVersionResponse {
                    execution_id: execution_id__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.TestAppVersionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestDraftRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if !self.payload.is_empty() {
            len += 1;
        }
        if self.http.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.TestDraftRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if !self.payload.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("payload", pbjson::private::base64::encode(&self.payload).as_str())?;
        }
        if let Some(v) = self.http.as_ref() {
            struct_ser.serialize_field("http", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestDraftRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "payload",
            "http",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            Payload,
            Http,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "payload" => Ok(GeneratedField::Payload),
                            "http" => Ok(GeneratedField::Http),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestDraftRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.TestDraftRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestDraftRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut payload__ = None;
                let mut http__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Payload => {
                            if payload__.is_some() {
                                return Err(serde::de::Error::duplicate_field("payload"));
                            }
                            payload__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Http => {
                            if http__.is_some() {
                                return Err(serde::de::Error::duplicate_field("http"));
                            }
                            http__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TestDraftRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    payload: payload__.unwrap_or_default(),
                    http: http__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.TestDraftRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestDraftResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.TestDraftResponse", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestDraftResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
            "app_id",
            "appId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
            AppId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestDraftResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.TestDraftResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestDraftResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                let mut app_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TestDraftResponse {
                    execution_id: execution_id__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.TestDraftResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateAppConfigRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_name.is_empty() {
            len += 1;
        }
        if !self.app_name.is_empty() {
            len += 1;
        }
        if self.resource_tier.is_some() {
            len += 1;
        }
        if self.description.is_some() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if self.scaling.is_some() {
            len += 1;
        }
        if self.storage_mode.is_some() {
            len += 1;
        }
        if self.ttl_secs.is_some() {
            len += 1;
        }
        if self.mcp_enabled.is_some() {
            len += 1;
        }
        if self.input_schema.is_some() {
            len += 1;
        }
        if self.output_schema.is_some() {
            len += 1;
        }
        if self.max_concurrency.is_some() {
            len += 1;
        }
        if !self.ports.is_empty() {
            len += 1;
        }
        if self.health_path.is_some() {
            len += 1;
        }
        if self.public.is_some() {
            len += 1;
        }
        if self.jobs_enabled.is_some() {
            len += 1;
        }
        if self.network_enabled.is_some() {
            len += 1;
        }
        if !self.tags.is_empty() {
            len += 1;
        }
        if !self.category.is_empty() {
            len += 1;
        }
        if !self.update_mask.is_empty() {
            len += 1;
        }
        if !self.egress_allow.is_empty() {
            len += 1;
        }
        if self.retry.is_some() {
            len += 1;
        }
        if !self.schedules.is_empty() {
            len += 1;
        }
        if self.log_retention_secs.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.UpdateAppConfigRequest", len)?;
        if !self.organization_name.is_empty() {
            struct_ser.serialize_field("organizationName", &self.organization_name)?;
        }
        if !self.app_name.is_empty() {
            struct_ser.serialize_field("appName", &self.app_name)?;
        }
        if let Some(v) = self.resource_tier.as_ref() {
            let v = ResourceTier::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("resourceTier", &v)?;
        }
        if let Some(v) = self.description.as_ref() {
            struct_ser.serialize_field("description", v)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if let Some(v) = self.scaling.as_ref() {
            struct_ser.serialize_field("scaling", v)?;
        }
        if let Some(v) = self.storage_mode.as_ref() {
            let v = StorageMode::try_from(*v)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
            struct_ser.serialize_field("storageMode", &v)?;
        }
        if let Some(v) = self.ttl_secs.as_ref() {
            struct_ser.serialize_field("ttlSecs", v)?;
        }
        if let Some(v) = self.mcp_enabled.as_ref() {
            struct_ser.serialize_field("mcpEnabled", v)?;
        }
        if let Some(v) = self.input_schema.as_ref() {
            struct_ser.serialize_field("inputSchema", v)?;
        }
        if let Some(v) = self.output_schema.as_ref() {
            struct_ser.serialize_field("outputSchema", v)?;
        }
        if let Some(v) = self.max_concurrency.as_ref() {
            struct_ser.serialize_field("maxConcurrency", v)?;
        }
        if !self.ports.is_empty() {
            struct_ser.serialize_field("ports", &self.ports)?;
        }
        if let Some(v) = self.health_path.as_ref() {
            struct_ser.serialize_field("healthPath", v)?;
        }
        if let Some(v) = self.public.as_ref() {
            struct_ser.serialize_field("public", v)?;
        }
        if let Some(v) = self.jobs_enabled.as_ref() {
            struct_ser.serialize_field("jobsEnabled", v)?;
        }
        if let Some(v) = self.network_enabled.as_ref() {
            struct_ser.serialize_field("networkEnabled", v)?;
        }
        if !self.tags.is_empty() {
            struct_ser.serialize_field("tags", &self.tags)?;
        }
        if !self.category.is_empty() {
            struct_ser.serialize_field("category", &self.category)?;
        }
        if !self.update_mask.is_empty() {
            struct_ser.serialize_field("updateMask", &self.update_mask)?;
        }
        if !self.egress_allow.is_empty() {
            struct_ser.serialize_field("egressAllow", &self.egress_allow)?;
        }
        if let Some(v) = self.retry.as_ref() {
            struct_ser.serialize_field("retry", v)?;
        }
        if !self.schedules.is_empty() {
            struct_ser.serialize_field("schedules", &self.schedules)?;
        }
        if let Some(v) = self.log_retention_secs.as_ref() {
            struct_ser.serialize_field("logRetentionSecs", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateAppConfigRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_name",
            "organizationName",
            "app_name",
            "appName",
            "resource_tier",
            "resourceTier",
            "description",
            "env",
            "limits",
            "scaling",
            "storage_mode",
            "storageMode",
            "ttl_secs",
            "ttlSecs",
            "mcp_enabled",
            "mcpEnabled",
            "input_schema",
            "inputSchema",
            "output_schema",
            "outputSchema",
            "max_concurrency",
            "maxConcurrency",
            "ports",
            "health_path",
            "healthPath",
            "public",
            "jobs_enabled",
            "jobsEnabled",
            "network_enabled",
            "networkEnabled",
            "tags",
            "category",
            "update_mask",
            "updateMask",
            "egress_allow",
            "egressAllow",
            "retry",
            "schedules",
            "log_retention_secs",
            "logRetentionSecs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationName,
            AppName,
            ResourceTier,
            Description,
            Env,
            Limits,
            Scaling,
            StorageMode,
            TtlSecs,
            McpEnabled,
            InputSchema,
            OutputSchema,
            MaxConcurrency,
            Ports,
            HealthPath,
            Public,
            JobsEnabled,
            NetworkEnabled,
            Tags,
            Category,
            UpdateMask,
            EgressAllow,
            Retry,
            Schedules,
            LogRetentionSecs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationName" | "organization_name" => Ok(GeneratedField::OrganizationName),
                            "appName" | "app_name" => Ok(GeneratedField::AppName),
                            "resourceTier" | "resource_tier" => Ok(GeneratedField::ResourceTier),
                            "description" => Ok(GeneratedField::Description),
                            "env" => Ok(GeneratedField::Env),
                            "limits" => Ok(GeneratedField::Limits),
                            "scaling" => Ok(GeneratedField::Scaling),
                            "storageMode" | "storage_mode" => Ok(GeneratedField::StorageMode),
                            "ttlSecs" | "ttl_secs" => Ok(GeneratedField::TtlSecs),
                            "mcpEnabled" | "mcp_enabled" => Ok(GeneratedField::McpEnabled),
                            "inputSchema" | "input_schema" => Ok(GeneratedField::InputSchema),
                            "outputSchema" | "output_schema" => Ok(GeneratedField::OutputSchema),
                            "maxConcurrency" | "max_concurrency" => Ok(GeneratedField::MaxConcurrency),
                            "ports" => Ok(GeneratedField::Ports),
                            "healthPath" | "health_path" => Ok(GeneratedField::HealthPath),
                            "public" => Ok(GeneratedField::Public),
                            "jobsEnabled" | "jobs_enabled" => Ok(GeneratedField::JobsEnabled),
                            "networkEnabled" | "network_enabled" => Ok(GeneratedField::NetworkEnabled),
                            "tags" => Ok(GeneratedField::Tags),
                            "category" => Ok(GeneratedField::Category),
                            "updateMask" | "update_mask" => Ok(GeneratedField::UpdateMask),
                            "egressAllow" | "egress_allow" => Ok(GeneratedField::EgressAllow),
                            "retry" => Ok(GeneratedField::Retry),
                            "schedules" => Ok(GeneratedField::Schedules),
                            "logRetentionSecs" | "log_retention_secs" => Ok(GeneratedField::LogRetentionSecs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateAppConfigRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.UpdateAppConfigRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateAppConfigRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_name__ = None;
                let mut app_name__ = None;
                let mut resource_tier__ = None;
                let mut description__ = None;
                let mut env__ = None;
                let mut limits__ = None;
                let mut scaling__ = None;
                let mut storage_mode__ = None;
                let mut ttl_secs__ = None;
                let mut mcp_enabled__ = None;
                let mut input_schema__ = None;
                let mut output_schema__ = None;
                let mut max_concurrency__ = None;
                let mut ports__ = None;
                let mut health_path__ = None;
                let mut public__ = None;
                let mut jobs_enabled__ = None;
                let mut network_enabled__ = None;
                let mut tags__ = None;
                let mut category__ = None;
                let mut update_mask__ = None;
                let mut egress_allow__ = None;
                let mut retry__ = None;
                let mut schedules__ = None;
                let mut log_retention_secs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationName => {
                            if organization_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationName"));
                            }
                            organization_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppName => {
                            if app_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appName"));
                            }
                            app_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResourceTier => {
                            if resource_tier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resourceTier"));
                            }
                            resource_tier__ = map_.next_value::<::std::option::Option<ResourceTier>>()?.map(|x| x as i32);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = map_.next_value()?;
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::Scaling => {
                            if scaling__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scaling"));
                            }
                            scaling__ = map_.next_value()?;
                        }
                        GeneratedField::StorageMode => {
                            if storage_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("storageMode"));
                            }
                            storage_mode__ = map_.next_value::<::std::option::Option<StorageMode>>()?.map(|x| x as i32);
                        }
                        GeneratedField::TtlSecs => {
                            if ttl_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ttlSecs"));
                            }
                            ttl_secs__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::McpEnabled => {
                            if mcp_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mcpEnabled"));
                            }
                            mcp_enabled__ = map_.next_value()?;
                        }
                        GeneratedField::InputSchema => {
                            if input_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputSchema"));
                            }
                            input_schema__ = map_.next_value()?;
                        }
                        GeneratedField::OutputSchema => {
                            if output_schema__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputSchema"));
                            }
                            output_schema__ = map_.next_value()?;
                        }
                        GeneratedField::MaxConcurrency => {
                            if max_concurrency__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxConcurrency"));
                            }
                            max_concurrency__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                        GeneratedField::Ports => {
                            if ports__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ports"));
                            }
                            ports__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                        GeneratedField::HealthPath => {
                            if health_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("healthPath"));
                            }
                            health_path__ = map_.next_value()?;
                        }
                        GeneratedField::Public => {
                            if public__.is_some() {
                                return Err(serde::de::Error::duplicate_field("public"));
                            }
                            public__ = map_.next_value()?;
                        }
                        GeneratedField::JobsEnabled => {
                            if jobs_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("jobsEnabled"));
                            }
                            jobs_enabled__ = map_.next_value()?;
                        }
                        GeneratedField::NetworkEnabled => {
                            if network_enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("networkEnabled"));
                            }
                            network_enabled__ = map_.next_value()?;
                        }
                        GeneratedField::Tags => {
                            if tags__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tags"));
                            }
                            tags__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Category => {
                            if category__.is_some() {
                                return Err(serde::de::Error::duplicate_field("category"));
                            }
                            category__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EgressAllow => {
                            if egress_allow__.is_some() {
                                return Err(serde::de::Error::duplicate_field("egressAllow"));
                            }
                            egress_allow__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Retry => {
                            if retry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retry"));
                            }
                            retry__ = map_.next_value()?;
                        }
                        GeneratedField::Schedules => {
                            if schedules__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedules"));
                            }
                            schedules__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LogRetentionSecs => {
                            if log_retention_secs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logRetentionSecs"));
                            }
                            log_retention_secs__ = 
                                map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| x.0)
                            ;
                        }
                    }
                }
                Ok(UpdateAppConfigRequest {
                    organization_name: organization_name__.unwrap_or_default(),
                    app_name: app_name__.unwrap_or_default(),
                    resource_tier: resource_tier__,
                    description: description__,
                    env: env__.unwrap_or_default(),
                    limits: limits__,
                    scaling: scaling__,
                    storage_mode: storage_mode__,
                    ttl_secs: ttl_secs__,
                    mcp_enabled: mcp_enabled__,
                    input_schema: input_schema__,
                    output_schema: output_schema__,
                    max_concurrency: max_concurrency__,
                    ports: ports__.unwrap_or_default(),
                    health_path: health_path__,
                    public: public__,
                    jobs_enabled: jobs_enabled__,
                    network_enabled: network_enabled__,
                    tags: tags__.unwrap_or_default(),
                    category: category__.unwrap_or_default(),
                    update_mask: update_mask__.unwrap_or_default(),
                    egress_allow: egress_allow__.unwrap_or_default(),
                    retry: retry__,
                    schedules: schedules__.unwrap_or_default(),
                    log_retention_secs: log_retention_secs__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.UpdateAppConfigRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateAppConfigResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.app.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.UpdateAppConfigResponse", len)?;
        if let Some(v) = self.app.as_ref() {
            struct_ser.serialize_field("app", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateAppConfigResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "app",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            App,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "app" => Ok(GeneratedField::App),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateAppConfigResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.UpdateAppConfigResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateAppConfigResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut app__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::App => {
                            if app__.is_some() {
                                return Err(serde::de::Error::duplicate_field("app"));
                            }
                            app__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateAppConfigResponse {
                    app: app__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.UpdateAppConfigResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for VersionStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "VERSION_STATUS_UNSPECIFIED",
            Self::Draft => "VERSION_STATUS_DRAFT",
            Self::Compiling => "VERSION_STATUS_COMPILING",
            Self::Failed => "VERSION_STATUS_FAILED",
            Self::Active => "VERSION_STATUS_ACTIVE",
            Self::Superseded => "VERSION_STATUS_SUPERSEDED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for VersionStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "VERSION_STATUS_UNSPECIFIED",
            "VERSION_STATUS_DRAFT",
            "VERSION_STATUS_COMPILING",
            "VERSION_STATUS_FAILED",
            "VERSION_STATUS_ACTIVE",
            "VERSION_STATUS_SUPERSEDED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = VersionStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "VERSION_STATUS_UNSPECIFIED" => Ok(VersionStatus::Unspecified),
                    "VERSION_STATUS_DRAFT" => Ok(VersionStatus::Draft),
                    "VERSION_STATUS_COMPILING" => Ok(VersionStatus::Compiling),
                    "VERSION_STATUS_FAILED" => Ok(VersionStatus::Failed),
                    "VERSION_STATUS_ACTIVE" => Ok(VersionStatus::Active),
                    "VERSION_STATUS_SUPERSEDED" => Ok(VersionStatus::Superseded),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WasmRuntime {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("dodil.ignite.v1.WasmRuntime", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WasmRuntime {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                            Err(serde::de::Error::unknown_field(value, FIELDS))
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WasmRuntime;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.WasmRuntime")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WasmRuntime, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(WasmRuntime {
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.WasmRuntime", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchExecutionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.execution_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.WatchExecutionRequest", len)?;
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchExecutionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution_id",
            "executionId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExecutionId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.WatchExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(WatchExecutionRequest {
                    execution_id: execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.WatchExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("dodil.ignite.v1.WatchExecutionResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct dodil.ignite.v1.WatchExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                    }
                }
                Ok(WatchExecutionResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("dodil.ignite.v1.WatchExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
