-- Report summaries kept by triggers, so that the dashboard and the bulletin read a few thousand
-- summary rows instead of aggregating every project and amendment on each request. The readers,
-- and what every measure means: lib/reports/summaries.ts. The app never writes these tables.

-- CreateTable
CREATE TABLE "ProjectTotal" (
    "zoneKey" INTEGER NOT NULL,
    "type" "InvestmentType" NOT NULL,
    "currency" "Currency" NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "isSecondary" BOOLEAN NOT NULL,
    "projects" INTEGER NOT NULL,
    "currentCapital" DECIMAL(30,2) NOT NULL,
    "landAreaHa" DECIMAL(24,4) NOT NULL,
    "plannedJobs" BIGINT NOT NULL,

    CONSTRAINT "ProjectTotal_pkey" PRIMARY KEY ("zoneKey","type","currency","status","isSecondary")
);

-- CreateTable
CREATE TABLE "InvestmentEvent" (
    "projectId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "zoneId" INTEGER,
    "zoneKind" TEXT NOT NULL,
    "type" "InvestmentType" NOT NULL,
    "currency" "Currency" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "vsic" CHAR(1) NOT NULL,
    "newCount" INTEGER NOT NULL,
    "newCapital" DECIMAL(30,2) NOT NULL,
    "incFirst" INTEGER NOT NULL,
    "incCapital" DECIMAL(30,2) NOT NULL,
    "decFirst" INTEGER NOT NULL,
    "decCapital" DECIMAL(30,2) NOT NULL,
    "addedFirst" INTEGER NOT NULL,
    "validCount" INTEGER NOT NULL,
    "validCapital" DECIMAL(30,2) NOT NULL,

    CONSTRAINT "InvestmentEvent_pkey" PRIMARY KEY ("projectId","day")
);

-- CreateTable
CREATE TABLE "InvestmentMonth" (
    "month" DATE NOT NULL,
    "dim" CHAR(1) NOT NULL,
    "key" TEXT NOT NULL,
    "zoneKind" TEXT NOT NULL,
    "type" "InvestmentType" NOT NULL,
    "currency" "Currency" NOT NULL,
    "newCount" INTEGER NOT NULL,
    "newCapital" DECIMAL(30,2) NOT NULL,
    "incFirst" INTEGER NOT NULL,
    "incCapital" DECIMAL(30,2) NOT NULL,
    "decFirst" INTEGER NOT NULL,
    "decCapital" DECIMAL(30,2) NOT NULL,
    "addedFirst" INTEGER NOT NULL,
    "validCount" INTEGER NOT NULL,
    "validCapital" DECIMAL(30,2) NOT NULL,

    CONSTRAINT "InvestmentMonth_pkey" PRIMARY KEY ("month","dim","key","zoneKind","type","currency")
);

-- CreateTable
CREATE TABLE "InvestmentDay" (
    "day" DATE NOT NULL,
    "dim" CHAR(1) NOT NULL,
    "key" TEXT NOT NULL,
    "zoneKind" TEXT NOT NULL,
    "type" "InvestmentType" NOT NULL,
    "currency" "Currency" NOT NULL,
    "newCount" INTEGER NOT NULL,
    "newCapital" DECIMAL(30,2) NOT NULL,
    "incFirst" INTEGER NOT NULL,
    "incCapital" DECIMAL(30,2) NOT NULL,
    "decFirst" INTEGER NOT NULL,
    "decCapital" DECIMAL(30,2) NOT NULL,
    "addedFirst" INTEGER NOT NULL,
    "validCount" INTEGER NOT NULL,
    "validCapital" DECIMAL(30,2) NOT NULL,

    CONSTRAINT "InvestmentDay_pkey" PRIMARY KEY ("day","dim","key","zoneKind","type","currency")
);

-- CreateIndex
CREATE INDEX "InvestmentEvent_day_idx" ON "InvestmentEvent"("day");

-- CreateIndex
CREATE INDEX "InvestmentEvent_zoneId_day_idx" ON "InvestmentEvent"("zoneId", "day");

-- CreateIndex
CREATE INDEX "Project_statusDecisionOn_idx" ON "Project"("statusDecisionOn");


-- ---- ProjectTotal: Σ over the projects that are not archived, per key; kept from each
-- statement's transition tables (one upsert per statement, whatever its row count).

-- Adds signed rows (from ipa_project_totals_changed) to the totals, in key order so that two
-- statements lock the totals they share in the same order. Keys whose sums do not move (a renamed
-- project, a rewritten search text) are not touched.
CREATE OR REPLACE FUNCTION ipa_project_totals_add(rows jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ProjectTotal" AS t ("zoneKey", type, currency, status, "isSecondary", projects, "currentCapital", "landAreaHa", "plannedJobs")
  SELECT r.k, r.type, r.currency, r.status, r.sec, sum(r.n)::int, sum(r.cap), sum(r.land), sum(r.jobs)
  FROM jsonb_to_recordset(rows) AS r(k int, type "InvestmentType", currency "Currency", status "ProjectStatus", sec boolean, n int, cap numeric, land numeric, jobs bigint)
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(r.n) <> 0 OR sum(r.cap) <> 0 OR sum(r.land) <> 0 OR sum(r.jobs) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("zoneKey", type, currency, status, "isSecondary") DO UPDATE SET
    projects = t.projects + EXCLUDED.projects, "currentCapital" = t."currentCapital" + EXCLUDED."currentCapital",
    "landAreaHa" = t."landAreaHa" + EXCLUDED."landAreaHa", "plannedJobs" = t."plannedJobs" + EXCLUDED."plannedJobs"
$$;

CREATE OR REPLACE FUNCTION ipa_project_totals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ipa_project_totals_add((SELECT jsonb_agg(x) FROM (
      SELECT COALESCE("zoneId", 0) AS k, type, currency, status, "isSecondary" AS sec, count(*) AS n, sum("currentCapital") AS cap, sum("landAreaHa") AS land, sum("plannedJobs") AS jobs
      FROM new_rows WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3, 4, 5) x));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ipa_project_totals_add((SELECT jsonb_agg(x) FROM (
      SELECT COALESCE("zoneId", 0) AS k, type, currency, status, "isSecondary" AS sec, -count(*) AS n, -sum("currentCapital") AS cap, -sum("landAreaHa") AS land, -sum("plannedJobs") AS jobs
      FROM old_rows WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3, 4, 5) x));
  ELSE
    PERFORM ipa_project_totals_add((SELECT jsonb_agg(x) FROM (
      SELECT COALESCE("zoneId", 0) AS k, type, currency, status, "isSecondary" AS sec, -count(*) AS n, -sum("currentCapital") AS cap, -sum("landAreaHa") AS land, -sum("plannedJobs") AS jobs
      FROM old_rows WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT COALESCE("zoneId", 0), type, currency, status, "isSecondary", count(*), sum("currentCapital"), sum("landAreaHa"), sum("plannedJobs")
      FROM new_rows WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3, 4, 5) x));
  END IF;
  RETURN NULL;
END $$;

-- ---- InvestmentEvent: a project's contributions, recomputed whole from its record and its
-- amendments whenever either changes (lib/reports/summaries.ts states each measure).

CREATE OR REPLACE FUNCTION ipa_investment_events_of(ids int[])
RETURNS SETOF "InvestmentEvent" LANGUAGE sql STABLE AS $$
  WITH p AS (
    SELECT p.id, p.type, p.currency, p."ircFirstIssuedOn" AS issued, p."initialCapital" AS initial, p."zoneId",
           COALESCE(z.kind::text, '') AS zone_kind, p."originCountry" AS country, p."vsicSection" AS vsic,
           p.status IN ('TERMINATED', 'REVOKED') AS ended,
           -- The day it stopped being valid: its decision, or its first issue when the decision has
           -- no date (taken) or predates the issue (it was never valid).
           GREATEST(COALESCE(p."statusDecisionOn", p."ircFirstIssuedOn"), p."ircFirstIssuedOn") AS ended_on
    FROM "Project" p
    JOIN (SELECT DISTINCT unnest(ids) AS id) x ON x.id = p.id
    LEFT JOIN "Zone" z ON z.id = p."zoneId"
    WHERE p."archivedAt" IS NULL
  ),
  -- Every amendment on the day it counts from: its own, or the IRC first issue when it is dated
  -- before it (the project's capital exists from its issue on).
  am AS (
    SELECT a."projectId" AS id, a."amendedOn" AS amended, GREATEST(a."amendedOn", p.issued) AS day, a."capitalDelta" AS delta
    FROM "Amendment" a JOIN p ON p.id = a."projectId"
    WHERE a."capitalDelta" <> 0
  ),
  -- The period flows: an amendment dated before the issue in an earlier year is in no period (its
  -- year ended before the project existed).
  a AS (
    SELECT id, day, delta FROM am WHERE date_part('year', amended) = date_part('year', day)
  ),
  firsts AS (
    SELECT id, date_part('year', day) AS y, min(day) FILTER (WHERE delta > 0) AS inc, min(day) FILTER (WHERE delta < 0) AS dec
    FROM a GROUP BY id, date_part('year', day)
  ),
  added AS (
    SELECT id, min(day) AS day FROM (
      SELECT id, date_part('year', issued) AS y, issued AS day FROM p
      UNION ALL
      SELECT id, y, inc FROM firsts WHERE inc IS NOT NULL
    ) u GROUP BY id, y
  ),
  -- Validity: valid from the issue, with its capital, moved by each amendment; an ended project
  -- leaves on ended_on with everything it had then, and later amendments never count.
  kept AS (
    SELECT am.id, am.day, am.delta FROM am JOIN p ON p.id = am.id WHERE NOT p.ended OR am.day <= p.ended_on
  ),
  ev AS (
    SELECT id, issued AS day, 1 AS new_count, initial AS new_capital, 0 AS inc_first, 0::numeric AS inc_capital, 0 AS dec_first, 0::numeric AS dec_capital, 0 AS added_first, 1 AS valid_count, initial AS valid_capital FROM p
    UNION ALL SELECT id, day, 0, 0, 0, CASE WHEN delta > 0 THEN delta ELSE 0 END, 0, CASE WHEN delta < 0 THEN delta ELSE 0 END, 0, 0, 0 FROM a
    UNION ALL SELECT id, inc, 0, 0, 1, 0, 0, 0, 0, 0, 0 FROM firsts WHERE inc IS NOT NULL
    UNION ALL SELECT id, dec, 0, 0, 0, 0, 1, 0, 0, 0, 0 FROM firsts WHERE dec IS NOT NULL
    UNION ALL SELECT id, day, 0, 0, 0, 0, 0, 0, 1, 0, 0 FROM added
    UNION ALL SELECT id, day, 0, 0, 0, 0, 0, 0, 0, 0, delta FROM kept
    UNION ALL SELECT p.id, p.ended_on, 0, 0, 0, 0, 0, 0, 0, -1, -(p.initial + COALESCE(k.delta, 0))
              FROM p LEFT JOIN (SELECT id, sum(delta) AS delta FROM kept GROUP BY id) k ON k.id = p.id WHERE p.ended
  )
  SELECT p.id, ev.day, p."zoneId", p.zone_kind, p.type, p.currency, p.country, p.vsic,
         sum(ev.new_count)::int, sum(ev.new_capital), sum(ev.inc_first)::int, sum(ev.inc_capital),
         sum(ev.dec_first)::int, sum(ev.dec_capital), sum(ev.added_first)::int,
         sum(ev.valid_count)::int, sum(ev.valid_capital)
  FROM ev JOIN p ON p.id = ev.id
  GROUP BY p.id, ev.day, p."zoneId", p.zone_kind, p.type, p.currency, p.country, p.vsic
$$;

-- Replaces the events of `ids` and moves the day and month sums by the difference, in one
-- statement: each sum row is upserted once, in key order (days before months, as every writer).
CREATE OR REPLACE FUNCTION ipa_refresh_investment_events(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  WITH old AS (
    DELETE FROM "InvestmentEvent" e USING (SELECT DISTINCT unnest(ids) AS id) x WHERE e."projectId" = x.id RETURNING e.*
  ),
  fresh AS (
    INSERT INTO "InvestmentEvent" SELECT * FROM ipa_investment_events_of(ids) RETURNING *
  ),
  d AS (
    SELECT day, "zoneKind", type, currency, country, vsic, -1 AS s, "newCount", "newCapital", "incFirst", "incCapital", "decFirst", "decCapital", "addedFirst", "validCount", "validCapital" FROM old
    UNION ALL
    SELECT day, "zoneKind", type, currency, country, vsic, 1, "newCount", "newCapital", "incFirst", "incCapital", "decFirst", "decCapital", "addedFirst", "validCount", "validCapital" FROM fresh
  ),
  -- The difference per day, in total and per country and VSIC section; the months sum the days.
  dd AS (
    SELECT day,
           CASE WHEN GROUPING(country) = 0 THEN 'C' WHEN GROUPING(vsic) = 0 THEN 'V' ELSE 'T' END AS dim,
           COALESCE(country, vsic, '') AS key, "zoneKind", type, currency,
           sum(s * "newCount")::int AS "newCount", sum(s * "newCapital") AS "newCapital",
           sum(s * "incFirst")::int AS "incFirst", sum(s * "incCapital") AS "incCapital",
           sum(s * "decFirst")::int AS "decFirst", sum(s * "decCapital") AS "decCapital",
           sum(s * "addedFirst")::int AS "addedFirst",
           sum(s * "validCount")::int AS "validCount", sum(s * "validCapital") AS "validCapital"
    FROM d
    GROUP BY GROUPING SETS ((day, "zoneKind", type, currency), (day, "zoneKind", type, currency, country), (day, "zoneKind", type, currency, vsic))
  ),
  moved AS (
    SELECT * FROM dd
    WHERE "newCount" <> 0 OR "newCapital" <> 0 OR "incFirst" <> 0 OR "incCapital" <> 0 OR "decFirst" <> 0 OR "decCapital" <> 0 OR "addedFirst" <> 0
       OR "validCount" <> 0 OR "validCapital" <> 0
  ),
  days AS (
    INSERT INTO "InvestmentDay" AS t (day, dim, key, "zoneKind", type, currency, "newCount", "newCapital", "incFirst", "incCapital", "decFirst", "decCapital", "addedFirst", "validCount", "validCapital")
    SELECT * FROM moved
    ORDER BY day, dim, key, "zoneKind", type, currency
    ON CONFLICT (day, dim, key, "zoneKind", type, currency) DO UPDATE SET
      "newCount" = t."newCount" + EXCLUDED."newCount", "newCapital" = t."newCapital" + EXCLUDED."newCapital",
      "incFirst" = t."incFirst" + EXCLUDED."incFirst", "incCapital" = t."incCapital" + EXCLUDED."incCapital",
      "decFirst" = t."decFirst" + EXCLUDED."decFirst", "decCapital" = t."decCapital" + EXCLUDED."decCapital",
      "addedFirst" = t."addedFirst" + EXCLUDED."addedFirst",
      "validCount" = t."validCount" + EXCLUDED."validCount", "validCapital" = t."validCapital" + EXCLUDED."validCapital"
  )
  INSERT INTO "InvestmentMonth" AS t (month, dim, key, "zoneKind", type, currency, "newCount", "newCapital", "incFirst", "incCapital", "decFirst", "decCapital", "addedFirst", "validCount", "validCapital")
  SELECT date_trunc('month', day)::date, dim, key, "zoneKind", type, currency, sum("newCount")::int, sum("newCapital"), sum("incFirst")::int, sum("incCapital"),
         sum("decFirst")::int, sum("decCapital"), sum("addedFirst")::int, sum("validCount")::int, sum("validCapital")
  FROM moved
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (month, dim, key, "zoneKind", type, currency) DO UPDATE SET
    "newCount" = t."newCount" + EXCLUDED."newCount", "newCapital" = t."newCapital" + EXCLUDED."newCapital",
    "incFirst" = t."incFirst" + EXCLUDED."incFirst", "incCapital" = t."incCapital" + EXCLUDED."incCapital",
    "decFirst" = t."decFirst" + EXCLUDED."decFirst", "decCapital" = t."decCapital" + EXCLUDED."decCapital",
    "addedFirst" = t."addedFirst" + EXCLUDED."addedFirst",
    "validCount" = t."validCount" + EXCLUDED."validCount", "validCapital" = t."validCapital" + EXCLUDED."validCapital";
END $$;

CREATE OR REPLACE FUNCTION ipa_project_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ipa_refresh_investment_events(ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ipa_refresh_investment_events(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Only the columns an event depends on: the ledger's currentCapital rewrite is not one of them.
    PERFORM ipa_refresh_investment_events(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.type, n.currency, n."zoneId", n."originCountry", n."vsicSection", n."ircFirstIssuedOn", n."initialCapital", n.status, n."statusDecisionOn", n."archivedAt" IS NULL)
            IS DISTINCT FROM (o.type, o.currency, o."zoneId", o."originCountry", o."vsicSection", o."ircFirstIssuedOn", o."initialCapital", o.status, o."statusDecisionOn", o."archivedAt" IS NULL)));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION ipa_amendment_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ipa_refresh_investment_events(ARRAY(SELECT DISTINCT "projectId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ipa_refresh_investment_events(ARRAY(SELECT DISTINCT "projectId" FROM old_rows));
  ELSE
    PERFORM ipa_refresh_investment_events(ARRAY(SELECT "projectId" FROM new_rows UNION SELECT "projectId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION ipa_zone_kind_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ipa_refresh_investment_events(ARRAY(
    SELECT p.id FROM "Project" p JOIN new_rows n ON n.id = p."zoneId" JOIN old_rows o ON o.id = n.id WHERE n.kind <> o.kind));
  RETURN NULL;
END $$;

-- TRUNCATE has no transition table: empty the summaries with the projects, and rebuild the
-- events when the amendments alone are emptied.
CREATE OR REPLACE FUNCTION ipa_summaries_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Project' THEN
    TRUNCATE "ProjectTotal", "InvestmentEvent", "InvestmentDay", "InvestmentMonth";
  ELSE
    TRUNCATE "InvestmentEvent", "InvestmentDay", "InvestmentMonth";
    PERFORM ipa_refresh_investment_events(ARRAY(SELECT id FROM "Project"));
  END IF;
  RETURN NULL;
END $$;

-- Triggers fire in name order: project_events_* before project_totals_*, so every writer locks
-- month rows before total rows (an amendment's ledger updates its project after inserting it).
CREATE TRIGGER project_events_insert AFTER INSERT ON "Project" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_project_events_changed();
CREATE TRIGGER project_events_update AFTER UPDATE ON "Project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_project_events_changed();
CREATE TRIGGER project_events_delete AFTER DELETE ON "Project" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_project_events_changed();
CREATE TRIGGER project_totals_insert AFTER INSERT ON "Project" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_project_totals_changed();
CREATE TRIGGER project_totals_update AFTER UPDATE ON "Project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_project_totals_changed();
CREATE TRIGGER project_totals_delete AFTER DELETE ON "Project" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_project_totals_changed();
CREATE TRIGGER project_summaries_truncate AFTER TRUNCATE ON "Project"
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_summaries_truncated();

CREATE TRIGGER amendment_events_insert AFTER INSERT ON "Amendment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_amendment_events_changed();
CREATE TRIGGER amendment_events_update AFTER UPDATE ON "Amendment" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_amendment_events_changed();
CREATE TRIGGER amendment_events_delete AFTER DELETE ON "Amendment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_amendment_events_changed();
CREATE TRIGGER amendment_summaries_truncate AFTER TRUNCATE ON "Amendment"
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_summaries_truncated();

CREATE TRIGGER zone_kind_update AFTER UPDATE ON "Zone" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ipa_zone_kind_changed();

-- ---- Backfill from the records already there.
SELECT ipa_project_totals_add((SELECT jsonb_agg(x) FROM (
  SELECT COALESCE("zoneId", 0) AS k, type, currency, status, "isSecondary" AS sec, count(*) AS n, sum("currentCapital") AS cap, sum("landAreaHa") AS land, sum("plannedJobs") AS jobs
  FROM "Project" WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3, 4, 5) x));
SELECT ipa_refresh_investment_events(ARRAY(SELECT id FROM "Project"));
