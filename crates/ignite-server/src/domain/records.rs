//! Reads of the store that several services share, with the errors a user sees.

use ignite_core::{Code, Error, FunctionId};

use crate::store::{AppRow, AppStore, DraftRow};

/// The app, or NOT_FOUND.
pub async fn app(store: &dyn AppStore, id: &FunctionId) -> Result<AppRow, Error> {
    store.get_app(id.org().as_str(), id.app().as_str()).await?.ok_or_else(|| Error::not_found("app", id))
}

/// The app's draft: NOT_FOUND if the app or its draft is missing.
pub async fn draft(store: &dyn AppStore, id: &FunctionId) -> Result<DraftRow, Error> {
    app(store, id).await?;
    store
        .get_draft(id.org().as_str(), id.app().as_str())
        .await?
        .ok_or_else(|| Error::new(Code::NotFound, format!("app \"{id}\" has no draft: save one with SaveDraft")))
}
