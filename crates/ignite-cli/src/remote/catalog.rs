//! `ignite mcp ...` and `ignite catalog`: tools and catalogs.

use super::*;

/// `mcp get APP` (one descriptor) or `mcp list` (all of the organization's).
pub async fn mcp_tools(connection: &Connection, app: Option<String>) -> Outcome {
    let ctx = &Ctx::new(connection).await?;
    let tools = match app {
        Some(id) => {
            let (org, name) = ctx.app(&id)?;
            let r = ctx
                .client
                .get_mcp_tool_definition(v1::GetMcpToolDefinitionRequest { organization_name: org, app_name: name })
                .await?;
            r.tool.into_iter().collect()
        }
        None => ctx.client.list_mcp_tools(v1::ListMcpToolsRequest { organization_name: ctx.org()? }).await?.tools,
    };
    let rows = tools
        .iter()
        .map(|t| vec![t.name.clone(), t.app_id.clone(), t.version.to_string(), t.description.clone()])
        .collect();
    ctx.print(&serde_json::json!({ "tools": tools }), || table(&["TOOL", "APP", "VERSION", "DESCRIPTION"], rows));
    Ok(())
}

pub(super) async fn catalog(ctx: &Ctx, id: Option<String>) -> Outcome {
    match id {
        Some(id) => {
            let r = ctx.client.get_public_catalog_detail(v1::GetPublicCatalogDetailRequest { name: id }).await?;
            ctx.print(&r, || serde_json::to_string_pretty(&r).expect("json"));
        }
        None => {
            let r = ctx.client.list_public_catalog(v1::ListPublicCatalogRequest::default()).await?;
            let rows = r.items.iter().map(|i| vec![i.id.clone(), i.description.clone()]).collect();
            ctx.print(&r, || table(&["ID", "DESCRIPTION"], rows));
        }
    }
    Ok(())
}
