"""Conflicts, everywhere they can arise: those of a period and of an event being edited
(``service.ConflictService``), acceptances with a reason, and the subscribed read-only
calendars whose events an event may clash with (``subscriptions.SubscriptionService``)."""
