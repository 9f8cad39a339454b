-- Made-up schema: a seed bank / plant genetic resources lab (collectors, collecting missions, accessions,
-- storage vaults and seed packets, germination tests, regeneration plots, researchers, seed requests,
-- shipments). Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS shipment;
DROP TABLE IF EXISTS seed_req;
DROP TABLE IF EXISTS researcher;
DROP TABLE IF EXISTS regen_plot;
DROP TABLE IF EXISTS germ_test;
DROP TABLE IF EXISTS seed_pkt;
DROP TABLE IF EXISTS vault;
DROP TABLE IF EXISTS accession;
DROP TABLE IF EXISTS coll_mission;
DROP TABLE IF EXISTS collector;

-- ---------------------------------------------------------------- collector
CREATE TABLE collector (
    collector_id smallint PRIMARY KEY,
    coll_nm      text NOT NULL,
    institution  text NOT NULL,
    country_cd   char(2) NOT NULL,
    is_staff     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE collector IS 'People who collect germplasm in the field (own staff and partners)';
COMMENT ON COLUMN collector.country_cd IS 'ISO 3166-1 alpha-2 country of the collector''s institution';

INSERT INTO collector (collector_id, coll_nm, institution, country_cd, is_staff)
SELECT c,
       (ARRAY['Ana','Bekele','Carmen','Dmitri','Esther','Farid','Grace','Hiroshi','Isabel','Jomo','Karin','Luis'])[1 + c % 12]
           || ' ' || (ARRAY['Quispe','Tadesse','Alvarez','Sokolov','Mwangi','Rahimi','Okoro','Ito','Mendes','Kariuki','Holm'])[1 + (c * 3) % 11],
       (ARRAY['Seed Bank (own staff)','INIA Peru','EIAR Ethiopia','VIR St Petersburg','KALRO Kenya','ICARDA','NARO Japan','Embrapa'])[1 + c % 8],
       (ARRAY['US','PE','ET','RU','KE','LB','JP','BR'])[1 + c % 8],
       c % 8 = 0
FROM generate_series(1, 24) AS c;

-- ---------------------------------------------------------------- coll_mission (collecting missions)
CREATE TABLE coll_mission (
    mission_id        smallint PRIMARY KEY,
    mission_cd        varchar(12) NOT NULL UNIQUE,
    mission_nm        text NOT NULL,
    country_cd        char(2) NOT NULL,
    start_dt          date NOT NULL,
    end_dt            date,
    lead_collector_id smallint NOT NULL REFERENCES collector (collector_id),
    budget_usd        numeric(10,2) NOT NULL
);
COMMENT ON TABLE coll_mission IS 'Field collecting missions';
COMMENT ON COLUMN coll_mission.end_dt IS 'last day in the field; NULL = mission still under way';
COMMENT ON COLUMN coll_mission.budget_usd IS 'approved mission budget, USD';

INSERT INTO coll_mission (mission_id, mission_cd, mission_nm, country_cd, start_dt, end_dt, lead_collector_id, budget_usd)
WITH b AS (
    SELECT m, date '2019-02-01' + m * 118 AS st,
           (ARRAY['Andes','Rift Valley','Caucasus','Fertile Crescent','Sahel','Altiplano','Deccan','Yunnan','Oaxaca','Anatolia'])[1 + (m * 3) % 10] AS region,
           (ARRAY['PE','ET','GE','SY','NE','BO','IN','CN','MX','TR'])[1 + (m * 3) % 10] AS cc
    FROM generate_series(1, 20) AS m
)
SELECT m, 'CM-' || extract(year from st)::int || '-' || lpad(m::text, 2, '0'),
       region || ' ' || (ARRAY['wild relatives','landraces','legumes','cereals','tubers'])[1 + m % 5] || ' ' || extract(year from st)::int,
       cc, st,
       CASE WHEN m = 20 THEN NULL ELSE st + 12 + m % 20 END,
       1 + (m * 5) % 24,
       18000 + (m * 2750) % 40000
FROM b;

-- ---------------------------------------------------------------- accession
CREATE TABLE accession (
    acc_id       integer PRIMARY KEY,
    acc_no       varchar(12) NOT NULL UNIQUE,
    mission_id   smallint REFERENCES coll_mission (mission_id),
    collector_id smallint NOT NULL REFERENCES collector (collector_id),
    genus        text NOT NULL,
    species      text NOT NULL,
    crop_nm      text NOT NULL,
    bio_stat_cd  varchar(3) NOT NULL,
    coll_dt      date NOT NULL,
    acq_dt       date NOT NULL,
    lat_dd       numeric(8,5),
    lon_dd       numeric(8,5),
    elev_m       integer,
    init_seed_ct integer NOT NULL,
    viab_cd      char(1) NOT NULL DEFAULT 'U',
    mls_flag     boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE accession IS 'Germplasm accessions (one sample of one population) held by the bank';
COMMENT ON COLUMN accession.mission_id IS 'collecting mission the sample came from; NULL = collected outside a mission (donated or opportunistic)';
COMMENT ON COLUMN accession.bio_stat_cd IS 'biological status: WLD = wild, WDY = weedy, LR = landrace / traditional variety, BRL = breeding line, CV = released cultivar';
COMMENT ON COLUMN accession.acq_dt IS 'date the sample was received and registered at the bank';
COMMENT ON COLUMN accession.lat_dd IS 'collecting site latitude, decimal degrees; NULL = not recorded';
COMMENT ON COLUMN accession.lon_dd IS 'collecting site longitude, decimal degrees; NULL = not recorded';
COMMENT ON COLUMN accession.elev_m IS 'collecting site elevation, metres above sea level; NULL = not recorded';
COMMENT ON COLUMN accession.init_seed_ct IS 'number of seeds received';
COMMENT ON COLUMN accession.viab_cd IS 'viability status from the latest germination test: V = viable (85% or more), M = monitor (70-84%), R = regenerate (below 70%), D = dead (nothing germinated), U = untested';
COMMENT ON COLUMN accession.mls_flag IS 'true = available under the multilateral system (SMTA)';

INSERT INTO accession (acc_id, acc_no, mission_id, collector_id, genus, species, crop_nm, bio_stat_cd, coll_dt, acq_dt,
                       lat_dd, lon_dd, elev_m, init_seed_ct, mls_flag)
WITH b AS (
    SELECT a,
           CASE WHEN a % 9 = 0 THEN NULL WHEN a % 5 = 0 THEN 6 ELSE 1 + (a * 7) % 20 END AS mission_id,
           1 + (a * 5) % 12 AS tx
    FROM generate_series(1, 200) AS a
), m AS (
    SELECT b.*, cm.start_dt, cm.lead_collector_id
    FROM b LEFT JOIN coll_mission cm ON cm.mission_id = b.mission_id
), d AS (
    SELECT m.*,
           CASE WHEN mission_id IS NULL THEN date '2015-05-01' + a * 12 ELSE start_dt + a % 10 END AS coll_dt
    FROM m
)
SELECT a, 'SB-' || lpad(a::text, 6, '0'), mission_id,
       CASE WHEN mission_id IS NOT NULL AND a % 3 = 0 THEN lead_collector_id ELSE 1 + (a * 11) % 24 END,
       (ARRAY['Solanum','Phaseolus','Zea','Triticum','Sorghum','Hordeum','Cicer','Lens','Oryza','Vigna','Aegilops','Solanum'])[tx],
       (ARRAY['tuberosum','vulgaris','mays','aestivum','bicolor','vulgare','arietinum','culinaris','sativa','unguiculata','tauschii','chacoense'])[tx],
       (ARRAY['potato','common bean','maize','bread wheat','sorghum','barley','chickpea','lentil','rice','cowpea','Tausch''s goatgrass','wild potato'])[tx],
       (ARRAY['WLD','LR','LR','CV','WLD','BRL','WDY'])[1 + a % 7],
       coll_dt,
       coll_dt + 20 + a % 40,
       CASE WHEN a % 11 = 0 THEN NULL ELSE round((-15 + (a * 37) % 60 + (a % 100) / 100.0)::numeric, 5) END,
       CASE WHEN a % 11 = 0 THEN NULL ELSE round((-75 + (a * 53) % 180 + (a % 1000) / 1000.0)::numeric, 5) END,
       CASE WHEN a % 11 = 0 THEN NULL ELSE 150 + (a * 97) % 3900 END,
       500 + (a * 173) % 4500,
       a % 10 <> 7
FROM d;

-- ---------------------------------------------------------------- vault (storage units)
CREATE TABLE vault (
    vault_id      smallint PRIMARY KEY,
    vault_cd      varchar(8) NOT NULL UNIQUE,
    stor_typ_cd   char(2) NOT NULL,
    temp_c        numeric(5,1) NOT NULL,
    rh_pct        numeric(4,1),
    capacity_pkts integer NOT NULL
);
COMMENT ON TABLE vault IS 'Storage units (freezer rooms, cold rooms, cryo tanks, safety duplicate boxes)';
COMMENT ON COLUMN vault.stor_typ_cd IS 'LT = long-term base collection (-18 C), MT = medium-term active collection (+5 C), CR = cryopreservation in liquid nitrogen, SD = safety duplicate held at a partner genebank';
COMMENT ON COLUMN vault.temp_c IS 'storage set point, degrees Celsius';
COMMENT ON COLUMN vault.rh_pct IS 'relative humidity set point, %; NULL = not controlled (cryo tanks)';
COMMENT ON COLUMN vault.capacity_pkts IS 'number of packets the unit can hold';

INSERT INTO vault (vault_id, vault_cd, stor_typ_cd, temp_c, rh_pct, capacity_pkts)
WITH b AS (
    SELECT v, CASE WHEN v <= 10 THEN 'LT' WHEN v <= 16 THEN 'MT' WHEN v <= 18 THEN 'CR' ELSE 'SD' END AS typ
    FROM generate_series(1, 20) AS v
)
SELECT v, typ || '-' || lpad(v::text, 2, '0'), typ,
       CASE typ WHEN 'LT' THEN -18 WHEN 'MT' THEN 5 WHEN 'CR' THEN -196 ELSE -20 END,
       CASE typ WHEN 'LT' THEN 15 WHEN 'MT' THEN 30 WHEN 'SD' THEN 15 END,
       CASE typ WHEN 'CR' THEN 400 ELSE 2000 + (v * 350) % 3000 END
FROM b;

-- ---------------------------------------------------------------- seed_pkt (seed packets in storage)
CREATE TABLE seed_pkt (
    pkt_id     integer PRIMARY KEY,
    acc_id     integer NOT NULL REFERENCES accession (acc_id),
    vault_id   smallint NOT NULL REFERENCES vault (vault_id),
    packed_dt  date NOT NULL,
    seed_ct    integer NOT NULL,
    pkt_wt_g   numeric(8,2) NOT NULL,
    moist_pct  numeric(4,1) NOT NULL,
    pkt_status char(1) NOT NULL
);
COMMENT ON TABLE seed_pkt IS 'Sealed seed packets (foil bags, cryovials) and where they are stored';
COMMENT ON COLUMN seed_pkt.seed_ct IS 'number of seeds in the packet (estimated from weight)';
COMMENT ON COLUMN seed_pkt.pkt_wt_g IS 'net seed weight in the packet, grams';
COMMENT ON COLUMN seed_pkt.moist_pct IS 'seed moisture content at packing, % fresh weight';
COMMENT ON COLUMN seed_pkt.pkt_status IS 'S = in storage, W = withdrawn (taken out for testing, regeneration or distribution), E = empty (used up), X = discarded';

INSERT INTO seed_pkt (pkt_id, acc_id, vault_id, packed_dt, seed_ct, pkt_wt_g, moist_pct, pkt_status)
WITH b AS (
    SELECT p, 1 + (p * 7) % 180 AS acc_id,
           CASE WHEN p % 10 = 0 THEN 17 + (p / 10) % 2
                WHEN p % 7 = 0 THEN 19 + p % 2
                WHEN p % 3 = 0 THEN 11 + (p / 3) % 6
                ELSE 1 + (p / 2) % 10 END AS vault_id,
           50 + (p * 37) % 950 AS seed_ct
    FROM generate_series(1, 200) AS p
)
SELECT p, b.acc_id, vault_id,
       least(a.acq_dt + 20 + p % 90, date '2025-11-28'),
       seed_ct,
       round(seed_ct * (0.02 + (a.acc_id % 12) * 0.03), 2),
       3.5 + (p % 30) / 10.0,
       CASE WHEN p % 13 = 0 THEN 'E' WHEN p % 8 = 0 THEN 'W' WHEN p % 29 = 0 THEN 'X' ELSE 'S' END
FROM b JOIN accession a ON a.acc_id = b.acc_id;

-- ---------------------------------------------------------------- germ_test (germination tests)
CREATE TABLE germ_test (
    test_id     integer PRIMARY KEY,
    acc_id      integer NOT NULL REFERENCES accession (acc_id),
    test_dt     date NOT NULL,
    duration_d  smallint NOT NULL,
    pretreat_cd varchar(4) NOT NULL,
    incub_temp_c numeric(4,1) NOT NULL,
    n_sown      smallint NOT NULL,
    n_germ      smallint NOT NULL,
    germ_pct    numeric(5,1) NOT NULL,
    tech_init   char(3) NOT NULL
);
COMMENT ON TABLE germ_test IS 'Germination (viability) tests on a sample of an accession';
COMMENT ON COLUMN germ_test.test_dt IS 'day the seeds were sown on the test medium';
COMMENT ON COLUMN germ_test.duration_d IS 'length of the test in days';
COMMENT ON COLUMN germ_test.pretreat_cd IS 'pre-treatment: NONE = none, COLD = cold stratification, SCAR = scarification, GA3 = gibberellic acid, SOAK = water soak';
COMMENT ON COLUMN germ_test.incub_temp_c IS 'incubation temperature, degrees Celsius';
COMMENT ON COLUMN germ_test.n_sown IS 'seeds sown';
COMMENT ON COLUMN germ_test.n_germ IS 'seeds that germinated';
COMMENT ON COLUMN germ_test.germ_pct IS 'germination percentage = 100 * n_germ / n_sown';
COMMENT ON COLUMN germ_test.tech_init IS 'initials of the technician';

INSERT INTO germ_test (test_id, acc_id, test_dt, duration_d, pretreat_cd, incub_temp_c, n_sown, n_germ, germ_pct, tech_init)
WITH b AS (
    SELECT t, 1 + (t * 11) % 170 AS acc_id,
           (ARRAY['NONE','COLD','SCAR','GA3','NONE','SOAK'])[1 + t % 6] AS pre,
           CASE WHEN t % 3 = 0 THEN 50 ELSE 100 END AS n_sown
    FROM generate_series(1, 200) AS t
), g AS (
    SELECT b.*, a.acq_dt,
           least(a.acq_dt + 30 + (t * 41) % 900, date '2025-11-20' - t % 30) AS test_dt,
           greatest(0, least(100, 48 + (a.acc_id * 37) % 54
                                  + CASE pre WHEN 'COLD' THEN 8 WHEN 'GA3' THEN 5 WHEN 'SCAR' THEN 3 WHEN 'SOAK' THEN -2 ELSE 0 END
                                  - (t % 4) * 3
                                  - CASE WHEN a.acc_id % 31 = 0 THEN 100 ELSE 0 END)) AS pct
    FROM b JOIN accession a ON a.acc_id = b.acc_id
)
SELECT t, acc_id, test_dt,
       CASE pre WHEN 'COLD' THEN 28 WHEN 'GA3' THEN 21 ELSE 14 END,
       pre,
       CASE WHEN t % 2 = 0 THEN 20 ELSE 25 END,
       n_sown,
       n_sown * pct / 100,
       round(100.0 * (n_sown * pct / 100) / n_sown, 1),
       (ARRAY['AKM','JLT','RPO','SNV'])[1 + t % 4]
FROM g;

-- viability status of each accession follows its latest germination test
UPDATE accession a
SET viab_cd = CASE WHEN l.germ_pct >= 85 THEN 'V' WHEN l.germ_pct >= 70 THEN 'M' WHEN l.germ_pct > 0 THEN 'R' ELSE 'D' END
FROM (SELECT DISTINCT ON (acc_id) acc_id, germ_pct FROM germ_test ORDER BY acc_id, test_dt DESC) l
WHERE l.acc_id = a.acc_id;

-- ---------------------------------------------------------------- regen_plot (regeneration plots)
CREATE TABLE regen_plot (
    plot_id    integer PRIMARY KEY,
    acc_id     integer NOT NULL REFERENCES accession (acc_id),
    site_cd    varchar(3) NOT NULL,
    sow_dt     date NOT NULL,
    harvest_dt date,
    area_m2    numeric(6,1) NOT NULL,
    plants_est smallint NOT NULL,
    yield_g    numeric(8,1)
);
COMMENT ON TABLE regen_plot IS 'Plots sown to regenerate (multiply) seed of an accession';
COMMENT ON COLUMN regen_plot.site_cd IS 'NF = north field station, SF = south field station, GH1 = greenhouse 1, GH2 = greenhouse 2 (isolation cages)';
COMMENT ON COLUMN regen_plot.harvest_dt IS 'day the seed was harvested; NULL = not harvested yet';
COMMENT ON COLUMN regen_plot.area_m2 IS 'plot area, square metres';
COMMENT ON COLUMN regen_plot.yield_g IS 'clean seed harvested, grams; NULL until harvested';

INSERT INTO regen_plot (plot_id, acc_id, site_cd, sow_dt, harvest_dt, area_m2, plants_est, yield_g)
WITH b AS (
    SELECT k, 1 + (k * 13) % 200 AS acc_id,
           (ARRAY['NF','SF','GH1','GH2','NF','SF','NF'])[1 + k % 7] AS site,
           date '2023-03-15' + (k * 17) % 960 AS sow_dt
    FROM generate_series(1, 60) AS k
), h AS (
    SELECT b.*,
           CASE WHEN sow_dt + 110 + k % 40 <= date '2025-11-30' THEN sow_dt + 110 + k % 40 END AS harvest_dt,
           CASE WHEN site LIKE 'GH%' THEN 4 + k % 3 ELSE 20 + k % 15 END AS area
    FROM b
)
SELECT k, acc_id, site, sow_dt, harvest_dt, area,
       (area * CASE WHEN site LIKE 'GH%' THEN 6 ELSE 3 END + k % 7)::smallint,
       CASE WHEN harvest_dt IS NOT NULL THEN area * (CASE WHEN site LIKE 'GH%' THEN 55 ELSE 38 END) + (k * 7) % 50 + 0.5 * (k % 2) END
FROM h;

-- ---------------------------------------------------------------- researcher
CREATE TABLE researcher (
    rsr_id      integer PRIMARY KEY,
    full_nm     text NOT NULL,
    org_nm      text NOT NULL,
    org_typ_cd  varchar(3) NOT NULL,
    country_cd  char(2) NOT NULL,
    email       text
);
COMMENT ON TABLE researcher IS 'Researchers and breeders who request seed';
COMMENT ON COLUMN researcher.org_typ_cd IS 'UNI = university, GOV = government research institute, NGO = non-profit / farmer organisation, CO = private company, GB = other genebank';
COMMENT ON COLUMN researcher.country_cd IS 'ISO 3166-1 alpha-2 country the seed is shipped to';
COMMENT ON COLUMN researcher.email IS 'NULL = contact only through the institution';

INSERT INTO researcher (rsr_id, full_nm, org_nm, org_typ_cd, country_cd, email)
SELECT r, fn || ' ' || ln,
       (ARRAY['Wageningen University','USDA ARS','ICRISAT','Seed Savers Network','AgriGen Ltd','IPK Gatersleben','Univ. of Nairobi','CIP','Embrapa Recursos Geneticos','Kyoto University'])[1 + r % 10],
       (ARRAY['UNI','GOV','GOV','NGO','CO','GB','UNI','GOV','GOV','UNI'])[1 + r % 10],
       (ARRAY['NL','US','IN','AU','GB','DE','KE','PE','BR','JP'])[1 + r % 10],
       CASE WHEN r % 6 = 0 THEN NULL ELSE lower(left(fn, 1) || ln || r || '@example.org') END
FROM (
    SELECT r,
           (ARRAY['Maria','Tom','Priya','Kwame','Lena','Jorge','Mei','Samuel','Hanna','Arjun','Chloe','Yusuf'])[1 + r % 12] AS fn,
           (ARRAY['de Vries','Miller','Rao','Mensah','Braun','Castillo','Tanaka','Otieno','Nilsson','Iyer','Martin'])[1 + (r * 5) % 11] AS ln
    FROM generate_series(1, 30) AS r
) x;

-- ---------------------------------------------------------------- seed_req (seed requests)
CREATE TABLE seed_req (
    req_id      integer PRIMARY KEY,
    rsr_id      integer NOT NULL REFERENCES researcher (rsr_id),
    acc_id      integer NOT NULL REFERENCES accession (acc_id),
    req_ts      timestamptz NOT NULL,
    seeds_req   integer NOT NULL,
    purpose_cd  char(2) NOT NULL,
    req_status  char(1) NOT NULL,
    decision_ts timestamptz,
    smta_signed boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE seed_req IS 'Requests for seed of an accession from researchers';
COMMENT ON COLUMN seed_req.seeds_req IS 'number of seeds asked for';
COMMENT ON COLUMN seed_req.purpose_cd IS 'intended use: BR = breeding, RS = research, ED = education / training, RP = repatriation to the country of origin';
COMMENT ON COLUMN seed_req.req_status IS 'P = pending review, A = approved (not shipped yet), R = rejected, S = shipped, C = cancelled by the requester';
COMMENT ON COLUMN seed_req.decision_ts IS 'when the request was approved or rejected; NULL = no decision yet';

INSERT INTO seed_req (req_id, rsr_id, acc_id, req_ts, seeds_req, purpose_cd, req_status, decision_ts, smta_signed)
WITH b AS (
    SELECT q,
           CASE WHEN q % 8 = 0 THEN 4 WHEN q % 11 = 0 THEN 9 WHEN q % 13 = 0 THEN 17 ELSE 1 + (q * 7) % 30 END AS rsr_id,
           1 + (q * 19) % 200 AS acc_id,
           timestamptz '2023-01-05 09:00:00+00' + q * interval '7 days' + (q % 24) * interval '1 hour' + ((q * 37) % 60) * interval '1 minute' AS req_ts,
           (ARRAY[25, 50, 100, 200, 50, 30])[1 + (q * 5) % 6] + (q % 7) * 10 AS seeds_req,
           (ARRAY['BR','RS','RS','ED','BR','RP','RS'])[1 + q % 7] AS purpose_cd
    FROM generate_series(1, 150) AS q
), s AS (
    SELECT b.*,
           CASE WHEN req_ts >= timestamptz '2025-11-10 00:00:00+00' OR q % 23 = 0 THEN 'P'
                WHEN q % 9 = 0 OR (purpose_cd = 'ED' AND q % 4 = 0) THEN 'R'
                WHEN q % 17 = 0 THEN 'C'
                ELSE 'S' END AS st0,
           req_ts + (4 + (q * 7) % 90) * interval '1 hour' AS dec_ts
    FROM b
)
SELECT q, rsr_id, acc_id, req_ts, seeds_req, purpose_cd,
       CASE WHEN st0 = 'S' AND (req_ts >= timestamptz '2025-10-20 00:00:00+00'
                                OR dec_ts + (1 + q % 10) * interval '1 day' > timestamptz '2025-11-30 12:00:00+00') THEN 'A'
            ELSE st0 END,
       CASE WHEN st0 = 'P' THEN NULL
            WHEN st0 = 'C' AND q % 2 = 0 THEN NULL
            ELSE dec_ts END,
       st0 IN ('S') OR q % 5 = 0
FROM s;

-- ---------------------------------------------------------------- shipment
CREATE TABLE shipment (
    ship_id       integer PRIMARY KEY,
    req_id        integer NOT NULL REFERENCES seed_req (req_id),
    carrier       text NOT NULL,
    shipped_ts    timestamptz NOT NULL,
    delivered_ts  timestamptz,
    pkg_wt_g      numeric(7,1) NOT NULL,
    phyto_cert_no varchar(16)
);
COMMENT ON TABLE shipment IS 'Parcels of seed sent out for approved requests';
COMMENT ON COLUMN shipment.delivered_ts IS 'delivery confirmed by the carrier; NULL = still in transit (or not confirmed)';
COMMENT ON COLUMN shipment.pkg_wt_g IS 'parcel gross weight, grams';
COMMENT ON COLUMN shipment.phyto_cert_no IS 'phytosanitary certificate number; NULL = domestic shipment, no certificate needed';

INSERT INTO shipment (ship_id, req_id, carrier, shipped_ts, delivered_ts, pkg_wt_g, phyto_cert_no)
WITH b AS (
    SELECT r.req_id AS q, r.seeds_req, rs.country_cd,
           r.decision_ts + (1 + r.req_id % 10) * interval '1 day' + interval '3 hours' AS shipped_ts,
           (ARRAY['DHL','FedEx','UPS','EMS Post'])[1 + r.req_id % 4] AS carrier
    FROM seed_req r JOIN researcher rs ON rs.rsr_id = r.rsr_id
    WHERE r.req_status = 'S'
), d AS (
    SELECT b.*,
           shipped_ts + (CASE carrier WHEN 'DHL' THEN 48 WHEN 'FedEx' THEN 60 WHEN 'UPS' THEN 70 ELSE 150 END
                         + (q * 13) % 96) * interval '1 hour' AS deliv
    FROM b
)
SELECT row_number() OVER (ORDER BY shipped_ts, q), q, carrier, shipped_ts,
       CASE WHEN q % 19 = 0 OR deliv > timestamptz '2025-11-30 18:00:00+00' THEN NULL ELSE deliv END,
       120 + seeds_req * 0.4 + (q % 9) * 5,
       CASE WHEN country_cd = 'US' THEN NULL ELSE 'PC' || extract(year from shipped_ts)::int || '-' || lpad(q::text, 4, '0') END
FROM d;
