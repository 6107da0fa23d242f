"""Preview in Outlook's eyes: how Outlook will read each event of an export, a feed or an import."""
