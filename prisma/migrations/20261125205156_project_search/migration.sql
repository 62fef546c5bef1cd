-- Free-text search over projects and investors, accent-insensitive ("cong ty" finds "Công ty").
-- The search columns are kept by triggers, so every write path (app, seed, import) agrees.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION ipa_search_text(parts text[]) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT lower(unaccent(array_to_string(parts, ' '))) $$;

-- AlterTable
ALTER TABLE "Investor" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Investor_searchText_idx" ON "Investor" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_searchText_idx" ON "Project" USING GIN ("searchText" gin_trgm_ops);


CREATE OR REPLACE FUNCTION ipa_investor_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := ipa_search_text(ARRAY[NEW.name, NEW.identifier]);
  RETURN NEW;
END $$;

CREATE TRIGGER investor_search_text BEFORE INSERT OR UPDATE OF name, identifier ON "Investor"
  FOR EACH ROW EXECUTE FUNCTION ipa_investor_search_text();

CREATE OR REPLACE FUNCTION ipa_project_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := ipa_search_text(ARRAY[NEW.code, NEW.name, NEW."ircNumber",
    (SELECT i.name FROM "Investor" i WHERE i.id = NEW."leadInvestorId")]);
  RETURN NEW;
END $$;

CREATE TRIGGER project_search_text BEFORE INSERT OR UPDATE OF code, name, "ircNumber", "leadInvestorId" ON "Project"
  FOR EACH ROW EXECUTE FUNCTION ipa_project_search_text();

-- A renamed investor is found under its new name in the projects it leads.
CREATE OR REPLACE FUNCTION ipa_investor_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Project" p SET "searchText" = ipa_search_text(ARRAY[p.code, p.name, p."ircNumber", NEW.name])
    WHERE p."leadInvestorId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER investor_renamed AFTER UPDATE OF name ON "Investor"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION ipa_investor_renamed();

-- Rows that existed before this migration.
UPDATE "Investor" SET name = name;
UPDATE "Project" SET code = code;
