-- A clerk acts through a key of their own (role CLERK, their organization), so that case events and stored
-- evaluations name who did what, whether through the pages or the API.
ALTER TABLE clerk_user ADD COLUMN api_key_id UUID REFERENCES api_key (id);
