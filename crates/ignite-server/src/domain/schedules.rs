//! Apps' cron schedules: every server looks for due ticks and fires them through
//! [`Executions::fire_schedule`]; the store lets one server fire each tick (the tick
//! moves and the execution is recorded in one transaction), so a tick runs once
//! whichever servers run, and a restart neither loses nor repeats one. Ticks missed
//! while no server ran are fired when one starts again, back to [`CATCH_UP`]; older
//! ones are skipped.

use std::sync::Arc;
use std::time::Duration;

use ignite_core::runtime::now_ms;

use crate::domain::convert::{cron_of, next_tick};
use crate::domain::executions::Executions;
use crate::store::{ScheduleRow, Store};

/// How often due ticks are looked for: a schedule of seconds fires within this.
const LOOK_EVERY: Duration = Duration::from_millis(200);
/// How far back missed ticks are fired.
pub const CATCH_UP: Duration = Duration::from_secs(3600);
/// Due schedules read at once.
const BATCH: u32 = 64;
/// The next run of a schedule that has no tick left (a past year): never.
const NEVER: i64 = i64::MAX;

pub struct Scheduler {
    store: Arc<dyn Store>,
    executions: Arc<Executions>,
}

impl Scheduler {
    pub fn new(store: Arc<dyn Store>, executions: Arc<Executions>) -> Self {
        Scheduler { store, executions }
    }

    /// Fires due ticks while the server lives.
    pub fn spawn(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let Some(scheduler) = me.upgrade() else { return };
                let full = match scheduler.fire_due().await {
                    Ok(fired) => fired == BATCH as usize,
                    Err(e) => {
                        tracing::warn!(error = %e, "firing schedules");
                        false
                    }
                };
                drop(scheduler);
                if !full {
                    tokio::time::sleep(LOOK_EVERY).await;
                }
            }
        });
    }

    /// Fires (or moves on) the schedules due now; returns how many were due.
    async fn fire_due(&self) -> Result<usize, ignite_core::Error> {
        let now = now_ms();
        let due = self.store.due_schedules(now, BATCH).await?;
        for schedule in &due {
            if let Err(e) = self.fire(schedule, now).await {
                tracing::warn!(app = %format!("{}/{}", schedule.org, schedule.app), schedule = %schedule.name, error = %e, "a schedule's tick");
            }
        }
        Ok(due.len())
    }

    async fn fire(&self, schedule: &ScheduleRow, now: i64) -> Result<(), ignite_core::Error> {
        let Ok((cron, tz)) = cron_of(&schedule.cron, &schedule.timezone) else {
            // Checked when the config was written: a stored one that no longer parses
            // (another version of the parser) never fires.
            self.store.move_schedule(schedule, NEVER).await?;
            return Ok(());
        };
        let tick = schedule.next_run_ms;
        let catch_up = CATCH_UP.as_millis() as i64;
        if tick == 0 || tick < now - catch_up {
            // New or changed (the first tick after now), or missed too long ago (the
            // first tick within the catch-up window).
            let from = if tick == 0 { now } else { now - catch_up };
            if tick != 0 {
                tracing::warn!(app = %format!("{}/{}", schedule.org, schedule.app), schedule = %schedule.name, "ticks older than the catch-up window were skipped");
            }
            self.store.move_schedule(schedule, next_tick(&cron, tz, from).unwrap_or(NEVER)).await?;
            return Ok(());
        }
        let next = next_tick(&cron, tz, tick).unwrap_or(NEVER);
        self.executions.fire_schedule(schedule, next).await?;
        Ok(())
    }
}
