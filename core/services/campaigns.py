"""Campaigns for every front end: plan and start one, export its contact list, measure it."""

from __future__ import annotations

from pathlib import Path

from prevista.core.campaigns.contacts import ContactsImported, import_contacts
from prevista.core.campaigns.export import ContactList, export_contact_list
from prevista.core.campaigns.measure import Measured, Measurement, measure_and_record
from prevista.core.campaigns.measure import measure as measure_campaign
from prevista.core.campaigns.record import Campaign, campaigns, released
from prevista.core.campaigns.roi import Return, campaign_return
from prevista.core.campaigns.start import CampaignPlan, CampaignRequest, CampaignStarted, plan_campaign, start_campaign
from prevista.core.runtime.jobs import Progress, step
from prevista.core.services.context import ConcernService


class CampaignService(ConcernService):
    def list(self) -> tuple[Campaign, ...]:
        """Every campaign, as released (counts to fives, rates to whole percent)."""
        return tuple(released(c) for c in campaigns(self._store))

    def plan(self, request: CampaignRequest, progress: Progress | None = None) -> CampaignPlan:
        """Counts per arm and the smallest detectable effect, before anything is recorded."""
        with step(progress, "Planning the campaign"):
            return plan_campaign(self._store, request)

    def start(self, plan: CampaignPlan, progress: Progress | None = None) -> CampaignStarted:
        with step(progress, "Starting the campaign"):
            return start_campaign(self._store, plan, operator=self._operator)

    def export_list(self, campaign_id: int, out: Path, progress: Progress | None = None) -> ContactList:
        with step(progress, "Writing the contact list"):
            return export_contact_list(self._store, campaign_id, Path(out), operator=self._operator)

    def import_contacts(self, campaign_id: int, path: Path, progress: Progress | None = None) -> ContactsImported:
        """The CRM's record of who was reached (and who accepted), for the effect among those reached."""
        with step(progress, "Reading the contact outcomes"):
            return import_contacts(self._store, campaign_id, Path(path), operator=self._operator)

    def measure(self, campaign_id: int, progress: Progress | None = None) -> Measured:
        """Measures from the data as it is now and keeps the result with the campaign (logged)."""
        with step(progress, "Measuring the campaign"):
            return measure_and_record(self._store, campaign_id, operator=self._operator)

    @staticmethod
    def campaign_return(found: Campaign, measurement: Measurement) -> Return:
        """ROI and break-even from the measured spend and the entered cost (reads no data)."""
        return campaign_return(found, measurement)

    def preview(self, campaign_id: int) -> Measurement:
        """The measurement as it would come out now, recorded nowhere (for a screen that only looks)."""
        return measure_campaign(self._store, campaign_id)
