-- Made-up schema: the office of an amateur sports league (youth and adult soccer and basketball
-- divisions), kept in a volunteer-built legacy database: teams (season and division are codes on the
-- team), players, season registrations with fees, venues/fields, fixtures with scores, referees
-- (ofcl), their game assignments, and disciplinary cards / suspensions.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 (fixtures after it are still scheduled). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS dscpl;
DROP TABLE IF EXISTS ref_asgn;
DROP TABLE IF EXISTS ofcl;
DROP TABLE IF EXISTS fxtr;
DROP TABLE IF EXISTS vnu;
DROP TABLE IF EXISTS plyr_reg;
DROP TABLE IF EXISTS plyr;
DROP TABLE IF EXISTS tm;

-- ---------------------------------------------------------------- tm (teams, one row per team per season)
CREATE TABLE tm (
    tm_id     integer PRIMARY KEY,
    ssn_cd    char(4) NOT NULL,
    div_cd    char(4) NOT NULL,
    tm_nm     text NOT NULL,
    coach_nm  text,
    coach_eml text,
    is_actv   boolean NOT NULL DEFAULT true,
    kit_clr   varchar(12)
);
COMMENT ON TABLE tm IS 'Teams; a club that plays again next season gets a new row (new tm_id)';
COMMENT ON COLUMN tm.ssn_cd IS 'season: SP24 = spring 2024, FA24 = fall 2024, SP25 = spring 2025, FA25 = fall 2025';
COMMENT ON COLUMN tm.div_cd IS 'division: U10S = under-10 soccer, U12S = under-12 soccer, U14S = under-14 soccer, ADLS = adult soccer, U12B = under-12 basketball, U16B = under-16 basketball, ADLB = adult basketball';
COMMENT ON COLUMN tm.coach_nm IS 'head coach; NULL = no coach found yet';
COMMENT ON COLUMN tm.is_actv IS 'false = team withdrew before the schedule was made (has no fixtures)';

INSERT INTO tm (tm_id, ssn_cd, div_cd, tm_nm, coach_nm, coach_eml, is_actv, kit_clr)
SELECT 1 + si * 63 + di * 9 + k,
       (ARRAY['SP24','FA24','SP25','FA25'])[si + 1],
       (ARRAY['U10S','U12S','U14S','ADLS','U12B','U16B','ADLB'])[di + 1],
       (ARRAY['U10 ','U12 ','U14 ','','U12 ','U16 ',''])[di + 1]
         || (ARRAY['Lightning','Strikers','Rockets','Comets','Hornets','Sharks','Wolves','Falcons',
                   'Dragons','Panthers','Thunder','Mustangs','Cobras','Eagles','Titans','Vipers'])[1 + (k * 3 + di + si) % 16],
       CASE WHEN k = 8 OR (1 + si * 63 + di * 9 + k) % 17 = 0 THEN NULL
            ELSE (ARRAY['Mark','Julia','Tom','Ana','Kevin','Rachel','Omar','Lena','Pete','Grace','Sam'])[1 + (si * 5 + di * 3 + k) % 11]
                 || ' ' || (ARRAY['Bauer','Costa','Dunn','Ellis','Fischer','Grant','Hughes','Ibarra','Jensen','Kowalski','Lund','Moreno','Nash'])[1 + (si + di * 5 + k * 7) % 13] END,
       CASE WHEN k = 8 OR (1 + si * 63 + di * 9 + k) % 17 = 0 OR (1 + si * 63 + di * 9 + k) % 5 = 0 THEN NULL
            ELSE 'coach' || (1 + si * 63 + di * 9 + k) || '@leaguemail.org' END,
       k < 8,
       (ARRAY['red','blue','green','yellow','black','white','orange','purple','navy'])[1 + (k + di) % 9]
FROM generate_series(0, 3) AS si
CROSS JOIN generate_series(0, 6) AS di
CROSS JOIN generate_series(0, 8) AS k
WHERE k < 8 OR (si + di) % 3 = 0;          -- some divisions had a 9th team that withdrew

-- ---------------------------------------------------------------- plyr (players)
CREATE TABLE plyr (
    plyr_id   integer PRIMARY KEY,
    fst_nm    text NOT NULL,
    lst_nm    text NOT NULL,
    dob       date NOT NULL,
    gndr      char(1),
    eml       text,
    gdn_nm    text,
    wvr_sgnd  boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN plyr.gndr IS 'M = male, F = female; NULL = not given';
COMMENT ON COLUMN plyr.eml IS 'player e-mail (adults only); NULL for youth players';
COMMENT ON COLUMN plyr.gdn_nm IS 'parent / guardian name for players under 18; NULL for adults';
COMMENT ON COLUMN plyr.wvr_sgnd IS 'liability waiver signed';

INSERT INTO plyr (plyr_id, fst_nm, lst_nm, dob, gndr, eml, gdn_nm, wvr_sgnd)
SELECT g, fn, ln, dob,
       CASE WHEN g % 53 = 0 THEN NULL WHEN g % 3 = 0 THEN 'F' ELSE 'M' END,
       CASE WHEN g % 7 IN (3, 6) AND g % 9 <> 0 THEN lower(fn || '.' || ln || g || '@example.com') END,
       CASE WHEN g % 7 NOT IN (3, 6) THEN
            (ARRAY['Karen','David','Maria','Steve','Linda','Raj','Yuki','Carlos','Helen','Ahmed'])[1 + (g * 3) % 10] || ' ' || ln END,
       g % 11 <> 0
FROM (
    SELECT g,
           (ARRAY['Liam','Olivia','Noah','Emma','Mateo','Ava','Lucas','Sofia','Ethan','Mia','Leo','Chloe',
                  'Jayden','Zoe','Arjun','Hana','Malik','Isla','Tomas','Nora'])[1 + g % 20] AS fn,
           (ARRAY['Smith','Garcia','Nguyen','Johnson','Kim','Patel','Brown','Lopez','Miller','Chen','Davis',
                  'Wilson','Okafor','Anderson','Taylor','Schmidt','Moore','Jackson','Lee','Novak','Clark','Rossi','Walker'])[1 + (g * 7) % 23] AS ln,
           CASE g % 7
                WHEN 0 THEN date '2015-01-01' + (g * 37) % 730     -- U10 soccer
                WHEN 1 THEN date '2013-01-01' + (g * 37) % 730     -- U12 soccer
                WHEN 2 THEN date '2011-01-01' + (g * 37) % 730     -- U14 soccer
                WHEN 3 THEN date '1976-01-01' + (g * 97) % 9500    -- adult soccer
                WHEN 4 THEN date '2013-01-01' + (g * 41) % 730     -- U12 basketball
                WHEN 5 THEN date '2009-01-01' + (g * 41) % 730     -- U16 basketball
                ELSE        date '1972-01-01' + (g * 89) % 10500   -- adult basketball
           END AS dob
    FROM generate_series(1, 1400) AS g
) p;

-- ---------------------------------------------------------------- plyr_reg (season registrations / sign-ups)
CREATE TABLE plyr_reg (
    reg_id   integer PRIMARY KEY,
    plyr_id  integer NOT NULL REFERENCES plyr (plyr_id),
    tm_id    integer NOT NULL REFERENCES tm (tm_id),
    reg_dt   date NOT NULL,
    fee_amt  numeric(7,2) NOT NULL,
    pd_dt    date,
    reg_sts  char(1) NOT NULL,
    jrsy_no  smallint,
    is_capt  boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN plyr_reg.fee_amt IS 'registration fee charged after discounts, USD; 0 = fee waived (hardship)';
COMMENT ON COLUMN plyr_reg.pd_dt IS 'date the fee was paid in full; NULL = still owing, or nothing to pay when fee_amt = 0';
COMMENT ON COLUMN plyr_reg.reg_sts IS 'A = active on the roster, P = pending (paperwork missing), W = withdrawn';
COMMENT ON COLUMN plyr_reg.jrsy_no IS 'shirt number; NULL when withdrawn';

INSERT INTO plyr_reg (reg_id, plyr_id, tm_id, reg_dt, fee_amt, pd_dt, reg_sts, jrsy_no, is_capt)
WITH x AS (
    SELECT p.plyr_id, si, p.plyr_id % 7 AS di, (p.plyr_id / 7 + si * 37) % 200 AS pos,
           CASE WHEN p.plyr_id % 7 <= 3 THEN 112 ELSE 80 END AS ros,
           (ARRAY[date '2024-03-02', date '2024-09-07', date '2025-03-01', date '2025-09-06'])[si + 1] AS ssn_start,
           (ARRAY[85, 95, 110, 140, 90, 105, 150])[p.plyr_id % 7 + 1] + CASE WHEN si >= 2 THEN 10 ELSE 0 END AS base_fee
    FROM plyr p CROSS JOIN generate_series(0, 3) AS si
), y AS (
    SELECT x.*,
           CASE WHEN pos < ros THEN pos % 8
                WHEN pos < ros + 4 AND (si + di) % 3 = 0 THEN 8 END AS k,
           CASE WHEN plyr_id % 19 = 0 THEN 0
                WHEN plyr_id % 10 = 3 THEN base_fee - 15          -- sibling discount
                ELSE base_fee END AS fee,
           ssn_start - CASE WHEN plyr_id % 47 = 0 THEN 0             -- signed up on opening day
                            WHEN plyr_id % 31 = 0 THEN -10           -- late sign-up
                            ELSE 7 + (plyr_id * 13 + si * 5) % 60 END AS reg_dt
    FROM x
)
SELECT row_number() OVER (ORDER BY si, 1 + si * 63 + di * 9 + k, plyr_id),
       plyr_id, 1 + si * 63 + di * 9 + k, reg_dt, fee,
       CASE WHEN fee = 0 THEN NULL
            WHEN k = 8 OR plyr_id % 41 = 0 THEN reg_dt + (plyr_id + si) % 20   -- withdrawn: had paid (refunds are not tracked here)
            WHEN si = 3 AND plyr_id % 6 = 0 THEN NULL
            WHEN plyr_id % 25 = 1 THEN NULL
            ELSE reg_dt + (plyr_id + si) % 20 END,
       CASE WHEN k = 8 OR plyr_id % 41 = 0 THEN 'W'
            WHEN si = 3 AND plyr_id % 13 = 0 THEN 'P'
            ELSE 'A' END,
       CASE WHEN k = 8 OR plyr_id % 41 = 0 THEN NULL ELSE 1 + (plyr_id * 7) % 30 END,
       pos < 8 AND plyr_id % 41 <> 0
FROM y
WHERE k IS NOT NULL;

-- ---------------------------------------------------------------- vnu (venues / fields / gyms)
CREATE TABLE vnu (
    vnu_id   integer PRIMARY KEY,
    vnu_nm   text NOT NULL,
    city     text NOT NULL,
    sfc_cd   char(1) NOT NULL,
    is_indr  boolean NOT NULL DEFAULT false,
    has_lts  boolean NOT NULL DEFAULT false,
    cap      integer,
    hr_rate  numeric(6,2) NOT NULL
);
COMMENT ON COLUMN vnu.sfc_cd IS 'surface: G = natural grass, T = artificial turf, W = wooden gym floor, A = asphalt court';
COMMENT ON COLUMN vnu.has_lts IS 'floodlights for evening games';
COMMENT ON COLUMN vnu.cap IS 'spectator seating; NULL = unknown';
COMMENT ON COLUMN vnu.hr_rate IS 'rental cost per hour, USD; 0 = free (school or city agreement)';

INSERT INTO vnu (vnu_id, vnu_nm, city, sfc_cd, is_indr, has_lts, cap, hr_rate) VALUES
    (1,  'Riverside Park North',        'Millbrook',  'G', false, false, NULL, 0),
    (2,  'Riverside Park South',        'Millbrook',  'G', false, true,  150,  0),
    (3,  'Lincoln High Stadium',        'Millbrook',  'T', false, true,  1200, 85.00),
    (4,  'Oakwood Fields 1',            'Oakwood',    'G', false, false, NULL, 25.00),
    (5,  'Oakwood Fields 2',            'Oakwood',    'G', false, false, NULL, 25.00),
    (6,  'Oakwood Fields 3',            'Oakwood',    'T', false, true,  80,   40.00),
    (7,  'Cedar Creek Complex A',       'Cedar Falls','T', false, true,  300,  55.00),
    (8,  'Cedar Creek Complex B',       'Cedar Falls','T', false, true,  300,  55.00),
    (9,  'St. Mary''s School Field',    'Millbrook',  'G', false, false, 60,   0),
    (10, 'Memorial Park',               'Oakwood',    'G', false, true,  200,  30.00),
    (11, 'Westside Rec Center Field',   'Cedar Falls','G', false, false, NULL, 20.00),
    (12, 'Harbor Point Turf',           'Millbrook',  'T', false, true,  500,  70.00),
    (13, 'Lincoln High Gym',            'Millbrook',  'W', true,  true,  400,  60.00),
    (14, 'Oakwood Community Center',    'Oakwood',    'W', true,  true,  150,  35.00),
    (15, 'Westside Rec Center Gym',     'Cedar Falls','W', true,  true,  120,  30.00),
    (16, 'St. Mary''s School Gym',      'Millbrook',  'W', true,  true,  80,   0),
    (17, 'YMCA Downtown Court 1',       'Millbrook',  'W', true,  true,  NULL, 45.00),
    (18, 'YMCA Downtown Court 2',       'Millbrook',  'W', true,  true,  NULL, 45.00),
    (19, 'Cedar Falls Outdoor Courts',  'Cedar Falls','A', false, true,  NULL, 0),
    (20, 'Old Mill Meadow',             'Oakwood',    'G', false, false, NULL, 15.00);

-- ---------------------------------------------------------------- fxtr (fixtures / games)
CREATE TABLE fxtr (
    fx_id     integer PRIMARY KEY,
    hm_tm_id  integer NOT NULL REFERENCES tm (tm_id),
    aw_tm_id  integer NOT NULL REFERENCES tm (tm_id),
    vnu_id    integer REFERENCES vnu (vnu_id),
    sched_at  timestamptz NOT NULL,
    rnd_no    smallint NOT NULL,
    sts       char(1) NOT NULL,
    hm_scr    smallint,
    aw_scr    smallint,
    ff_tm_id  integer REFERENCES tm (tm_id)
);
COMMENT ON COLUMN fxtr.vnu_id IS 'venue; NULL = to be confirmed';
COMMENT ON COLUMN fxtr.rnd_no IS 'round (week) of the season, 1-14';
COMMENT ON COLUMN fxtr.sts IS 'S = scheduled (not played yet, or result not reported yet), P = played, X = cancelled, F = forfeit';
COMMENT ON COLUMN fxtr.hm_scr IS 'home team goals (points in basketball); NULL = not played yet, cancelled or forfeit';
COMMENT ON COLUMN fxtr.aw_scr IS 'away team goals (points in basketball); NULL = not played yet, cancelled or forfeit';
COMMENT ON COLUMN fxtr.ff_tm_id IS 'team that forfeited (only when sts = F); the other team is awarded the win';

INSERT INTO fxtr (fx_id, hm_tm_id, aw_tm_id, vnu_id, sched_at, rnd_no, sts, hm_scr, aw_scr, ff_tm_id)
WITH t AS (
    SELECT tm_id, (tm_id - 1) / 63 AS si, ((tm_id - 1) % 63) / 9 AS di, (tm_id - 1) % 9 AS k
    FROM tm WHERE is_actv
), pr AS (                                      -- circle-method round robin for 8 teams
    SELECT a.si, a.di, a.k AS i, b.k AS j, a.tm_id AS ta, b.tm_id AS tb,
           CASE WHEN b.k = 7 THEN (2 * a.k) % 7 ELSE (a.k + b.k) % 7 END AS r
    FROM t a JOIN t b ON a.si = b.si AND a.di = b.di AND a.k < b.k
), legs AS (
    SELECT si, di, r AS rnd, i,
           CASE WHEN (i + j) % 2 = 0 THEN ta ELSE tb END AS hm,
           CASE WHEN (i + j) % 2 = 0 THEN tb ELSE ta END AS aw
    FROM pr
    UNION ALL
    SELECT si, di, r + 7, i,
           CASE WHEN (i + j) % 2 = 0 THEN tb ELSE ta END,
           CASE WHEN (i + j) % 2 = 0 THEN ta ELSE tb END
    FROM pr
), sl AS (
    SELECT legs.*, row_number() OVER (PARTITION BY si, di, rnd ORDER BY i) - 1 AS slot
    FROM legs
), tt AS (
    SELECT sl.*,
           (ARRAY[date '2024-03-02', date '2024-09-07', date '2025-03-01', date '2025-09-06'])[si + 1]
             + rnd * 7 + CASE WHEN di >= 4 THEN 1 ELSE 0 END AS gday,            -- soccer Saturdays, basketball Sundays
           CASE WHEN di < 4 THEN 9 + slot * 2 + di % 2 ELSE 10 + slot * 2 + (di - 4) END AS hr,
           CASE WHEN di < 4 THEN 1 + (di * 4 + slot + rnd * 3) % 12
                ELSE 13 + ((di - 4) * 2 + slot % 2 + rnd) % 6 END AS vnu
    FROM sl
), n AS (
    SELECT tt.*, row_number() OVER (ORDER BY gday, hr, di, slot) AS fx_id FROM tt
), m AS (                                       -- every 37th game was moved to the Friday before, 7pm
    SELECT n.*,
           CASE WHEN fx_id % 37 = 0 THEN gday - CASE WHEN di >= 4 THEN 2 ELSE 1 END ELSE gday END AS d2,
           CASE WHEN fx_id % 37 = 0 THEN 19 ELSE hr END AS h2
    FROM n
), s AS (
    SELECT m.*,
           CASE WHEN d2 >= date '2025-12-01' THEN 'S'
                WHEN d2 >= date '2025-11-28' AND fx_id % 3 = 0 THEN 'S'     -- result not reported yet
                WHEN fx_id % 29 = 0 THEN 'X'
                WHEN fx_id % 43 = 0 THEN 'F'
                ELSE 'P' END AS sts
    FROM m
)
SELECT fx_id, hm, aw,
       CASE WHEN d2 >= date '2025-12-01' AND fx_id % 4 = 0 THEN NULL ELSE vnu END,
       (d2 + h2 * interval '1 hour')::timestamp AT TIME ZONE 'UTC',
       rnd + 1, sts,
       CASE WHEN sts <> 'P' THEN NULL
            WHEN di < 4 THEN ((fx_id * 7) % 11) / 3 + ((hm * 5) % 4) / 2 + CASE WHEN di = 0 THEN 1 ELSE 0 END
            ELSE CASE di WHEN 4 THEN 18 WHEN 5 THEN 34 ELSE 46 END + (fx_id * 13) % 29 + (hm * 3) % 7 END,
       CASE WHEN sts <> 'P' THEN NULL
            WHEN di < 4 THEN ((fx_id * 5 + 3) % 13) / 4 + ((aw * 5) % 4) / 2 + CASE WHEN di = 0 THEN 1 ELSE 0 END
            ELSE CASE di WHEN 4 THEN 17 WHEN 5 THEN 33 ELSE 45 END + (fx_id * 17) % 31 + (aw * 3) % 7 END,
       CASE WHEN sts = 'F' THEN CASE WHEN fx_id % 2 = 0 THEN hm ELSE aw END END
FROM s;

-- basketball games cannot end level: the home side won in overtime
UPDATE fxtr f SET hm_scr = hm_scr + 2
FROM tm t
WHERE t.tm_id = f.hm_tm_id AND t.div_cd LIKE '%B' AND f.hm_scr = f.aw_scr;

-- ---------------------------------------------------------------- ofcl (referees / officials)
CREATE TABLE ofcl (
    ofcl_id   integer PRIMARY KEY,
    ofcl_nm   text NOT NULL,
    sprt_cd   char(1) NOT NULL,
    cert_lvl  char(1) NOT NULL,
    gm_rate   numeric(6,2) NOT NULL,
    is_actv   boolean NOT NULL DEFAULT true,
    phn       varchar(20),
    hired_dt  date NOT NULL
);
COMMENT ON TABLE ofcl IS 'Referees (soccer) and officials (basketball)';
COMMENT ON COLUMN ofcl.sprt_cd IS 'S = soccer, B = basketball';
COMMENT ON COLUMN ofcl.cert_lvl IS 'certification: G = grassroots, R = regional, N = national';
COMMENT ON COLUMN ofcl.gm_rate IS 'pay per game as lead official, USD (assistants get 60%)';
COMMENT ON COLUMN ofcl.is_actv IS 'false = retired / no longer takes games';

INSERT INTO ofcl (ofcl_id, ofcl_nm, sprt_cd, cert_lvl, gm_rate, is_actv, phn, hired_dt)
SELECT g,
       (ARRAY['Alan','Brenda','Chris','Dana','Eduardo','Fiona','Gary','Hiro','Irene','Jamal',
              'Kate','Luis','Megan','Nikolai','Olga','Paul','Quinn','Rosa','Scott','Tanya'])[1 + (g - 1) % 20]
         || ' ' ||
       (ARRAY['Archer','Bishop','Carver','Doyle','Everett','Flores','Gibson','Hale','Ingram','Jovanovic',
              'Keller','Lambert','Mercer','Norris','Ortega','Price','Quigley','Reyes','Sutton','Tate',
              'Upton','Vance','Webb','Young'])[1 + (g * 7) % 24],
       CASE WHEN g <= 26 THEN 'S' ELSE 'B' END,
       CASE WHEN g % 7 = 0 THEN 'N' WHEN g % 3 = 0 THEN 'R' ELSE 'G' END,
       CASE WHEN g % 7 = 0 THEN 70 WHEN g % 3 = 0 THEN 50 ELSE 35 END + (g % 4) * 5 + CASE WHEN g > 26 THEN 5 ELSE 0 END,
       g % 9 <> 0,
       CASE WHEN g % 8 = 5 THEN NULL ELSE '555-01' || lpad(g::text, 2, '0') END,
       CASE WHEN g IN (24, 25, 26, 39, 40) THEN date '2025-11-01' + (g % 5) * 7   -- new recruits, no games yet
            ELSE date '2018-02-01' + g * 61 END
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- ref_asgn (referee game assignments)
CREATE TABLE ref_asgn (
    asgn_id  integer PRIMARY KEY,
    fx_id    integer NOT NULL,
    ofcl_id  integer NOT NULL REFERENCES ofcl (ofcl_id),
    role_cd  char(2) NOT NULL,
    pay_amt  numeric(6,2),
    cnfrm    boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN ref_asgn.fx_id IS 'the game (fxtr.fx_id) the official is assigned to';
COMMENT ON COLUMN ref_asgn.role_cd IS 'CR = centre referee, AR = assistant referee (soccer); CC = crew chief, UM = umpire (basketball)';
COMMENT ON COLUMN ref_asgn.pay_amt IS 'paid for this game, USD; 0 = game cancelled, nothing paid; NULL = not paid yet';
COMMENT ON COLUMN ref_asgn.cnfrm IS 'official confirmed the assignment';

INSERT INTO ref_asgn (asgn_id, fx_id, ofcl_id, role_cd, pay_amt, cnfrm)
WITH f AS (
    SELECT f.fx_id, f.sts, f.sched_at, ((f.hm_tm_id - 1) % 63) / 9 AS di
    FROM fxtr f
), r AS (
    SELECT * FROM (VALUES (0, 'CR', false), (1, 'AR', false), (2, 'AR', false),
                          (0, 'CC', true),  (1, 'UM', true)) v(n, role_cd, bb)
), a AS (
    SELECT f.*, r.n, r.role_cd,
           CASE WHEN r.bb THEN 27 + (f.fx_id * 5 + r.n * 5) % 12
                ELSE 1 + (f.fx_id * 3 + r.n * 8) % 23 END AS ofcl_id
    FROM f JOIN r ON r.bb = (f.di >= 4)
    WHERE (r.n = 0 OR f.di NOT IN (0, 1))                          -- U10/U12 soccer: centre referee only
      AND NOT (f.di = 0 AND f.fx_id % 5 = 0)                       -- some U10 games run by a parent, no referee
      AND NOT (f.di = 4 AND f.fx_id % 11 = 0)                      -- some U12 basketball games without officials
      AND NOT (f.sched_at >= timestamptz '2025-12-01 00:00:00+00' AND f.fx_id % 2 = 1)  -- not assigned yet
)
SELECT row_number() OVER (ORDER BY a.fx_id, a.n), a.fx_id,
       CASE WHEN a.ofcl_id % 9 = 0 AND a.sched_at >= timestamptz '2025-06-01 00:00:00+00'
            THEN a.ofcl_id + 1 ELSE a.ofcl_id END,                   -- retired officials replaced
       a.role_cd,
       CASE WHEN a.sts = 'S' THEN NULL
            WHEN a.sts = 'X' THEN 0
            ELSE round(o.gm_rate * CASE WHEN a.role_cd = 'AR' THEN 0.6 ELSE 1 END, 2) END,
       a.sts <> 'S' OR a.fx_id % 3 <> 0
FROM a JOIN ofcl o ON o.ofcl_id = CASE WHEN a.ofcl_id % 9 = 0 AND a.sched_at >= timestamptz '2025-06-01 00:00:00+00'
                                       THEN a.ofcl_id + 1 ELSE a.ofcl_id END;

-- ---------------------------------------------------------------- dscpl (cards, technical fouls, suspensions)
CREATE TABLE dscpl (
    crd_id    integer PRIMARY KEY,
    fx_id     integer NOT NULL REFERENCES fxtr (fx_id),
    plyr_id   integer NOT NULL REFERENCES plyr (plyr_id),
    tm_id     integer NOT NULL REFERENCES tm (tm_id),
    crd_typ   char(1) NOT NULL,
    mnt       smallint,
    susp_gms  smallint NOT NULL DEFAULT 0,
    fine_amt  numeric(6,2) NOT NULL DEFAULT 0
);
COMMENT ON COLUMN dscpl.tm_id IS 'team the player was playing for';
COMMENT ON COLUMN dscpl.crd_typ IS 'Y = yellow card, R = red card (soccer); T = technical foul, F = flagrant foul (basketball)';
COMMENT ON COLUMN dscpl.mnt IS 'match minute (soccer); NULL for basketball or when not written down';
COMMENT ON COLUMN dscpl.susp_gms IS 'number of games suspended; 0 = no suspension';
COMMENT ON COLUMN dscpl.fine_amt IS 'fine charged to the player, USD (adult divisions only); 0 = no fine';

INSERT INTO dscpl (crd_id, fx_id, plyr_id, tm_id, crd_typ, mnt, susp_gms, fine_amt)
WITH f AS (
    SELECT fx_id, hm_tm_id, aw_tm_id, ((hm_tm_id - 1) % 63) / 9 AS di
    FROM fxtr WHERE sts = 'P'
), c AS (
    SELECT f.*, g, CASE WHEN g % 2 = 1 THEN hm_tm_id ELSE aw_tm_id END AS tm_id,
           CASE WHEN di < 4 THEN CASE WHEN (fx_id + g * 5) % 13 = 0 THEN 'R' ELSE 'Y' END
                ELSE CASE WHEN (fx_id + g) % 9 = 0 THEN 'F' ELSE 'T' END END AS typ
    FROM f CROSS JOIN generate_series(1, 4) AS g
    WHERE (fx_id * 3 + g * 7) % 11 < CASE WHEN di = 0 THEN 1 WHEN di IN (3, 6) THEN 4 ELSE 3 END
), r AS (
    SELECT tm_id, plyr_id,
           row_number() OVER (PARTITION BY tm_id ORDER BY plyr_id) - 1 AS rn,
           count(*) OVER (PARTITION BY tm_id) AS cnt
    FROM plyr_reg WHERE reg_sts <> 'W'
)
SELECT row_number() OVER (ORDER BY c.fx_id, c.g), c.fx_id, r.plyr_id, c.tm_id, c.typ,
       CASE WHEN c.di >= 4 OR c.fx_id % 17 = 0 THEN NULL ELSE 1 + (c.fx_id * 13 + c.g * 29) % 90 END,
       CASE c.typ WHEN 'R' THEN 1 + c.fx_id % 3 WHEN 'F' THEN 1 ELSE 0 END,
       CASE WHEN c.di NOT IN (3, 6) THEN 0 WHEN c.typ IN ('R', 'F') THEN 25 ELSE 5 END
FROM c JOIN r ON r.tm_id = c.tm_id AND r.rn = (c.fx_id * 7 + c.g * 3) % r.cnt;
