-- Made-up schema: an allotment gardening society's legacy records (plots on three sites, plot
-- holders and their tenancies, annual rent invoices and payments, the waiting list, plot
-- inspections with grades and warning letters, the shared tool shed and its loans).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS tool_ln;
DROP TABLE IF EXISTS shed_tool;
DROP TABLE IF EXISTS insp;
DROP TABLE IF EXISTS wlist;
DROP TABLE IF EXISTS rent_pmt;
DROP TABLE IF EXISTS rent_inv;
DROP TABLE IF EXISTS tncy;
DROP TABLE IF EXISTS hldr;
DROP TABLE IF EXISTS plot;

-- ---------------------------------------------------------------- plot
CREATE TABLE plot (
    plot_id   integer PRIMARY KEY,
    plot_ref  varchar(6) NOT NULL UNIQUE,
    site      char(1) NOT NULL,
    sz_m2     numeric(6,1) NOT NULL,
    plot_typ  char(1) NOT NULL,
    tap_no    smallint,
    has_shed  boolean NOT NULL DEFAULT false,
    lettable  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE plot IS 'Allotment plots of the society';
COMMENT ON COLUMN plot.plot_ref IS 'number painted on the plot marker, site letter + number';
COMMENT ON COLUMN plot.site IS 'N = Northfield Lane, S = Southmead, R = Railway Cutting';
COMMENT ON COLUMN plot.sz_m2 IS 'plot area in square metres';
COMMENT ON COLUMN plot.plot_typ IS 'F = full plot, H = half plot, B = raised bed (accessible)';
COMMENT ON COLUMN plot.tap_no IS 'number of the standpipe serving the plot; NULL = no water tap within reach';
COMMENT ON COLUMN plot.lettable IS 'false = withdrawn from letting (flooding, contamination)';

INSERT INTO plot (plot_id, plot_ref, site, sz_m2, plot_typ, tap_no, has_shed, lettable)
SELECT g,
       s || lpad((g - base)::text, 2, '0'),
       s,
       CASE typ WHEN 'F' THEN 220 + (g * 17) % 80 + (g % 2) * 0.5
                WHEN 'H' THEN 110 + (g * 13) % 40
                ELSE 12 + g % 6 END,
       typ,
       CASE WHEN g % 6 = 5 THEN NULL ELSE (1 + (g - 1) / 12)::smallint END,
       typ <> 'B' AND g % 4 = 0,
       g % 29 <> 0
FROM (
    SELECT g,
           CASE WHEN g <= 80 THEN 'N' WHEN g <= 140 THEN 'S' ELSE 'R' END AS s,
           CASE WHEN g <= 80 THEN 0 WHEN g <= 140 THEN 80 ELSE 140 END AS base,
           CASE WHEN g % 11 = 0 THEN 'B' WHEN g % 7 IN (0, 3) THEN 'H' ELSE 'F' END AS typ
    FROM generate_series(1, 180) AS g
) p;

-- ---------------------------------------------------------------- hldr (members / plot holders)
CREATE TABLE hldr (
    hldr_id   integer PRIMARY KEY,
    fname     text NOT NULL,
    sname     text NOT NULL,
    email     text,
    tel       varchar(20),
    pcode     varchar(8) NOT NULL,
    mbr_typ   char(1) NOT NULL,
    conc      boolean NOT NULL DEFAULT false,
    joined_on date NOT NULL
);
COMMENT ON TABLE hldr IS 'Society members: plot holders and associate members';
COMMENT ON COLUMN hldr.mbr_typ IS 'P = plot holder member, A = associate member (no plot; may use the tool shed)';
COMMENT ON COLUMN hldr.conc IS 'concession (pensioner / unwaged): half rent';
COMMENT ON COLUMN hldr.email IS 'NULL = no email, letters by post';

INSERT INTO hldr (hldr_id, fname, sname, email, tel, pcode, mbr_typ, conc, joined_on)
SELECT g, fn, sn,
       CASE WHEN g % 17 = 0 THEN NULL ELSE lower(translate(fn, 'ëâłń', 'ealn')) || '.' || lower(sn) || g || '@example.org' END,
       '0117 496 ' || lpad(((g * 173) % 10000)::text, 4, '0'),
       'BS' || (3 + g % 9)::text || ' ' || (1 + g % 9)::text || (ARRAY['AB','DE','FG','HJ','LN','PQ','RT'])[1 + g % 7],
       CASE WHEN g % 10 = 0 THEN 'A' ELSE 'P' END,
       g % 5 = 1,
       date '2012-03-01' + g * 11
FROM (
    SELECT g,
           (ARRAY['Margaret','David','Siân','Tom','Aisha','Łukasz','Patricia','Raj','Zoë','Graham',
                  'Helen','Kwame','Brenda','Oliver','Mei','Ian','Fatima','Colin','Joan','Dariusz','Ruth'])[1 + g % 21] AS fn,
           (ARRAY['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Roberts',
                  'Patel','Khan','Wright','Walker','Hughes','Green','Nowak','Edwards','Okafor','Hall',
                  'Wood','Clarke','Lewis'])[1 + (g * 7) % 23] AS sn
    FROM generate_series(1, 420) AS g
) h;

-- ---------------------------------------------------------------- tncy (tenancy periods)
CREATE TABLE tncy (
    tncy_id  integer PRIMARY KEY,
    plot_id  integer NOT NULL REFERENCES plot (plot_id),
    hldr_id  integer NOT NULL REFERENCES hldr (hldr_id),
    start_dt date NOT NULL,
    end_dt   date,
    end_cd   char(2)
);
COMMENT ON TABLE tncy IS 'Tenancy agreements: who held which plot when';
COMMENT ON COLUMN tncy.end_dt IS 'last day of the tenancy; NULL = current tenancy';
COMMENT ON COLUMN tncy.end_cd IS 'why it ended: VQ = gave the plot up, MV = moved to another plot, NC = terminated for non-cultivation, NP = terminated for non-payment, DE = deceased; NULL while current';

INSERT INTO tncy (tncy_id, plot_id, hldr_id, start_dt, end_dt, end_cd)
WITH p AS (
    SELECT plot_id AS p, 1 + plot_id % 3 AS n,
           date '2014-02-01' + (plot_id * 37) % 1500 AS s1
    FROM plot
    WHERE lettable AND plot_id % 23 <> 0              -- a few plots have never been let
), c AS (
    SELECT p, n, s1,
           CASE WHEN n = 3 THEN s1 + 400 + (p * 53) % 1000 ELSE s1 + 700 + (p * 53) % 2000 END AS e1
    FROM p
), c2 AS (
    SELECT c.*, e1 + 20 + (p * 7) % 90 AS s2,
           e1 + 20 + (p * 7) % 90 + 300 + (p * 29) % 700 AS e2
    FROM c
), c3 AS (
    SELECT c2.*, e2 + 20 + (p * 11) % 60 AS s3 FROM c2
), t AS (
    SELECT p, 1 AS k, s1 AS start_dt, CASE WHEN n > 1 THEN e1 END AS end_dt, n FROM c3
    UNION ALL
    SELECT p, 2, s2, CASE WHEN n > 2 THEN e2 END, n FROM c3 WHERE n >= 2
    UNION ALL
    SELECT p, 3, s3, NULL, n FROM c3 WHERE n = 3
), t2 AS (
    -- some plots are vacant now: their last tenancy ended
    SELECT p, k, start_dt,
           CASE WHEN k = n AND p % 8 = 0 AND start_dt + 200 + (p % 5) * 30 <= date '2026-11-20'
                THEN start_dt + 200 + (p % 5) * 30 ELSE end_dt END AS end_dt
    FROM t
), t3 AS (
    SELECT p, k, start_dt, end_dt FROM t2
    UNION ALL
    -- re-let after standing empty for a while
    SELECT p, k + 1, end_dt + 60 + (p * 13) % 400, NULL FROM t2
    WHERE end_dt IS NOT NULL AND p % 16 = 0 AND NOT EXISTS (SELECT 1 FROM t2 x WHERE x.p = t2.p AND x.k > t2.k)
      AND end_dt + 60 + (p * 13) % 400 <= date '2026-11-20'
), n AS (
    SELECT t3.*, row_number() OVER (ORDER BY start_dt, p) AS rn FROM t3
)
SELECT rn, p,
       CASE WHEN (1 + (rn * 53) % 420) % 10 = 0 THEN (rn * 53) % 420 ELSE 1 + (rn * 53) % 420 END,
       start_dt, end_dt,
       CASE WHEN end_dt IS NULL THEN NULL
            ELSE (ARRAY['VQ','VQ','MV','NC','VQ','NP','DE'])[1 + rn % 7] END
FROM n;

-- ---------------------------------------------------------------- rent_inv (annual rent invoices)
CREATE TABLE rent_inv (
    inv_no    integer PRIMARY KEY,
    tncy_id   integer NOT NULL REFERENCES tncy (tncy_id),
    season    smallint NOT NULL,
    issued_on date NOT NULL,
    due_on    date NOT NULL,
    rent_amt  numeric(7,2) NOT NULL,
    water_amt numeric(6,2) NOT NULL DEFAULT 0,
    disc_amt  numeric(6,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE rent_inv IS 'Annual rent invoices, one per tenancy per rent year';
COMMENT ON COLUMN rent_inv.season IS 'rent year the invoice is for (1 Jan - 31 Dec)';
COMMENT ON COLUMN rent_inv.rent_amt IS 'plot rent, GBP (half the year''s rate when the tenancy began after 30 June)';
COMMENT ON COLUMN rent_inv.water_amt IS 'water charge, GBP; 0 when the plot has no tap';
COMMENT ON COLUMN rent_inv.disc_amt IS 'concession discount, GBP; amount due = rent_amt + water_amt - disc_amt';

INSERT INTO rent_inv (inv_no, tncy_id, season, issued_on, due_on, rent_amt, water_amt, disc_amt)
WITH i AS (
    SELECT t.tncy_id, y AS season,
           greatest(make_date(y, 1, 15), t.start_dt) AS issued_on,
           round(CASE WHEN p.plot_typ = 'B' THEN 15.00 ELSE p.sz_m2 * (0.32 + 0.02 * (y - 2021)) END
                 * CASE WHEN t.start_dt > make_date(y, 6, 30) THEN 0.5 ELSE 1 END, 2) AS rent_amt,
           CASE WHEN p.tap_no IS NULL OR p.plot_typ = 'B' THEN 0 ELSE 12.00 + 1.50 * (y - 2021) END AS water_amt,
           h.conc
    FROM tncy t
    JOIN plot p ON p.plot_id = t.plot_id
    JOIN hldr h ON h.hldr_id = t.hldr_id
    CROSS JOIN generate_series(2021, 2026) AS y
    WHERE t.start_dt <= make_date(y, 12, 31)
      AND (t.end_dt IS NULL OR t.end_dt >= make_date(y, 1, 15))
      AND greatest(make_date(y, 1, 15), t.start_dt) <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY season, issued_on, tncy_id), tncy_id, season, issued_on, issued_on + 30,
       rent_amt, water_amt, CASE WHEN conc THEN round(rent_amt * 0.5, 2) ELSE 0 END
FROM i;

-- ---------------------------------------------------------------- rent_pmt (payments against invoices)
CREATE TABLE rent_pmt (
    pmt_id integer PRIMARY KEY,
    inv_no integer NOT NULL REFERENCES rent_inv (inv_no),
    pd_on  date NOT NULL,
    amt    numeric(7,2) NOT NULL,
    mthd   char(1) NOT NULL
);
COMMENT ON TABLE rent_pmt IS 'Money received against rent invoices; an invoice may be paid in parts';
COMMENT ON COLUMN rent_pmt.amt IS 'GBP; negative = refund of an overpayment';
COMMENT ON COLUMN rent_pmt.mthd IS 'C = cash at the site hut, Q = cheque, B = bank transfer, O = online card, R = refund';

INSERT INTO rent_pmt (pmt_id, inv_no, pd_on, amt, mthd)
WITH d AS (
    SELECT inv_no, issued_on, due_on, rent_amt + water_amt - disc_amt AS due FROM rent_inv
), p AS (
    -- paid in full, once
    SELECT inv_no, issued_on + (inv_no * 7) % 50 AS pd_on, due AS amt,
           (ARRAY['B','B','C','Q','O','B','C'])[1 + inv_no % 7] AS mthd
    FROM d WHERE inv_no % 20 NOT IN (0, 1, 2, 3, 4)
    UNION ALL
    -- two instalments
    SELECT inv_no, due_on - 10, round(due / 2, 2), 'C' FROM d WHERE inv_no % 20 IN (1, 2)
    UNION ALL
    SELECT inv_no, due_on + (inv_no % 40) - 5, due - round(due / 2, 2),
           CASE WHEN inv_no % 2 = 0 THEN 'B' ELSE 'Q' END
    FROM d WHERE inv_no % 20 IN (1, 2)
    UNION ALL
    -- part paid, the rest still owed
    SELECT inv_no, issued_on + 12, round(due / 2, 2), 'Q' FROM d WHERE inv_no % 20 = 3
    UNION ALL
    -- paid early by bank transfer; a few paid £10 too much and got it refunded
    SELECT inv_no, issued_on + 5, due + CASE WHEN inv_no % 60 = 4 THEN 10 ELSE 0 END, 'B' FROM d WHERE inv_no % 20 = 4
    UNION ALL
    SELECT inv_no, issued_on + 33, -10, 'R' FROM d WHERE inv_no % 60 = 4
    -- inv_no % 20 = 0: not paid at all
)
SELECT row_number() OVER (ORDER BY pd_on, inv_no, amt), inv_no, pd_on, amt, mthd
FROM p
WHERE pd_on <= date '2026-11-30';

-- ---------------------------------------------------------------- wlist (waiting list)
CREATE TABLE wlist (
    appl_id   integer PRIMARY KEY,
    appl_nm   text NOT NULL,
    email     text,
    pcode     varchar(8) NOT NULL,
    appl_dt   date NOT NULL,
    site_pref char(1),
    half_ok   boolean NOT NULL DEFAULT false,
    st        char(1) NOT NULL,
    offer_dt  date,
    hldr_id   integer REFERENCES hldr (hldr_id)
);
COMMENT ON TABLE wlist IS 'Applicants on the waiting list for a plot';
COMMENT ON COLUMN wlist.site_pref IS 'site wanted (N, S or R as plot.site); NULL = any site';
COMMENT ON COLUMN wlist.half_ok IS 'would accept a half plot';
COMMENT ON COLUMN wlist.st IS 'W = waiting, O = offered a plot, answer pending, A = accepted (now a plot holder), D = declined the offer, L = lapsed (did not renew interest)';
COMMENT ON COLUMN wlist.offer_dt IS 'date a plot was offered; NULL = not offered yet';
COMMENT ON COLUMN wlist.hldr_id IS 'member record created when the applicant accepted';

INSERT INTO wlist (appl_id, appl_nm, email, pcode, appl_dt, site_pref, half_ok, st, offer_dt, hldr_id)
WITH a AS (
    SELECT g,
           (ARRAY['Amy','Ben','Chloe','Dev','Ewa','Finn','Grace','Hamza','Isla','Jack','Kasia','Leon','Nia','Omar'])[1 + g % 14]
           || ' ' ||
           (ARRAY['Baker','Carter','Dixon','Ellis','Fisher','Gray','Hunt','Irwin','Jamal','Kowalski','Lloyd'])[1 + (g * 5) % 11] AS nm,
           date '2019-01-05' + (g * 24) / 5 AS appl_dt,
           CASE WHEN g % 9 = 0 THEN 'L'
                WHEN g <= 420 AND g % 3 <> 0 THEN 'A'
                WHEN g <= 420 THEN 'D'
                WHEN g % 13 = 0 THEN 'O'
                ELSE 'W' END AS st
    FROM generate_series(1, 600) AS g
)
SELECT g, nm,
       CASE WHEN g % 11 = 0 THEN NULL ELSE lower(replace(nm, ' ', '.')) || g || '@example.net' END,
       'BS' || (4 + g % 8)::text || ' ' || (2 + g % 7)::text || (ARRAY['AA','BW','EX','NP','SU'])[1 + g % 5],
       appl_dt,
       CASE WHEN g % 4 = 0 THEN NULL ELSE (ARRAY['N','S','R','N','S'])[1 + g % 5] END,
       g % 3 = 1,
       st,
       CASE WHEN st IN ('A', 'D') THEN appl_dt + 90 + (g * 37) % 600
            WHEN st = 'O' THEN date '2026-11-30' - g % 40 END,
       CASE WHEN st = 'A' THEN 1 + (g * 7) % 420 END
FROM a;

-- ---------------------------------------------------------------- insp (plot inspections)
CREATE TABLE insp (
    insp_id integer PRIMARY KEY,
    plot_id integer NOT NULL,
    insp_dt date NOT NULL,
    inspr   varchar(3) NOT NULL,
    grd     char(1) NOT NULL,
    warn    smallint NOT NULL DEFAULT 0,
    note    text
);
COMMENT ON TABLE insp IS 'Plot inspection walks (spring and late summer)';
COMMENT ON COLUMN insp.plot_id IS 'plot inspected (plot.plot_id)';
COMMENT ON COLUMN insp.inspr IS 'initials of the committee member who inspected';
COMMENT ON COLUMN insp.grd IS 'condition grade: A = excellent, B = good, C = acceptable, D = poor, E = uncultivated / overgrown';
COMMENT ON COLUMN insp.warn IS 'letter sent after the inspection: 0 = none, 1 = first warning letter, 2 = final notice to quit';

INSERT INTO insp (insp_id, plot_id, insp_dt, inspr, grd, warn, note)
WITH r AS (
    SELECT k, CASE WHEN k % 2 = 0 THEN make_date(2022 + k / 2, 5, 16) ELSE make_date(2022 + k / 2, 8, 22) END AS base
    FROM generate_series(0, 9) AS k
), i AS (
    SELECT p.plot_id, r.k, r.base + p.plot_id % 14 AS insp_dt,
           (p.plot_id * 7 + r.k * 3) % 10 AS sc,
           EXISTS (SELECT 1 FROM tncy t WHERE t.plot_id = p.plot_id AND t.start_dt <= r.base + p.plot_id % 14
                     AND (t.end_dt IS NULL OR t.end_dt >= r.base + p.plot_id % 14)) AS let
    FROM plot p CROSS JOIN r
    WHERE p.lettable AND p.plot_id % 31 <> 0 AND (p.plot_id + r.k) % 9 <> 0
), g AS (
    SELECT i.*, row_number() OVER (ORDER BY insp_dt, plot_id) AS rn,
           CASE WHEN NOT let THEN 'E'
                WHEN sc <= 1 THEN 'A' WHEN sc <= 4 THEN 'B' WHEN sc <= 6 THEN 'C' WHEN sc <= 8 THEN 'D' ELSE 'E' END AS grd
    FROM i
)
SELECT rn, plot_id, insp_dt,
       (ARRAY['JH','MK','RP','SL'])[1 + (plot_id + k) % 4],
       grd,
       CASE WHEN NOT let THEN 0
            WHEN grd = 'E' THEN 2
            WHEN grd = 'D' AND rn % 5 <> 0 THEN 1
            ELSE 0 END,
       CASE WHEN NOT let THEN 'vacant'
            WHEN grd = 'E' THEN 'overgrown, brambles and couch grass'
            WHEN grd = 'D' THEN 'less than half cultivated'
            WHEN grd = 'A' AND rn % 3 = 0 THEN 'exemplary'
            END
FROM g;

-- ---------------------------------------------------------------- shed_tool (the shared tool shed)
CREATE TABLE shed_tool (
    tool_id    integer PRIMARY KEY,
    tool_nm    text NOT NULL,
    cat        char(2) NOT NULL,
    bought_on  date,
    cost       numeric(8,2),
    retired_on date
);
COMMENT ON TABLE shed_tool IS 'Tools in the society''s shared shed';
COMMENT ON COLUMN shed_tool.cat IS 'PW = powered (petrol / electric), HT = hand tool, WB = wheelbarrow or cart, WT = watering';
COMMENT ON COLUMN shed_tool.bought_on IS 'NULL = donated, purchase date unknown';
COMMENT ON COLUMN shed_tool.cost IS 'purchase price, GBP; NULL = donated';
COMMENT ON COLUMN shed_tool.retired_on IS 'date taken out of use (broken, lost, sold); NULL = still in the shed';

INSERT INTO shed_tool (tool_id, tool_nm, cat, bought_on, cost, retired_on)
SELECT g, nm || ' #' || (1 + (g - 1) / 10)::text, cat,
       CASE WHEN g % 9 = 4 THEN NULL ELSE date '2012-04-01' + (g * 97) % 5000 END,
       CASE WHEN g % 9 = 4 THEN NULL ELSE base_cost + (g % 5) * 4.5 END,
       CASE WHEN g % 7 = 0 THEN date '2026-11-30' - (g * 53) % 900 END
FROM (
    SELECT g,
           (ARRAY['Rotavator','Strimmer','Hedge trimmer','Spade','Fork','Hoe','Rake','Wheelbarrow','Sack truck','Watering can'])[1 + g % 10] AS nm,
           (ARRAY['PW','PW','PW','HT','HT','HT','HT','WB','WB','WT'])[1 + g % 10] AS cat,
           (ARRAY[420.00, 180.00, 140.00, 32.00, 35.00, 18.00, 16.00, 75.00, 60.00, 12.00])[1 + g % 10] AS base_cost
    FROM generate_series(1, 40) AS g
) t;

-- ---------------------------------------------------------------- tool_ln (tool loans)
CREATE TABLE tool_ln (
    ln_id   integer PRIMARY KEY,
    tool_id integer NOT NULL REFERENCES shed_tool (tool_id),
    hldr_id integer NOT NULL REFERENCES hldr (hldr_id),
    out_at  timestamptz NOT NULL,
    due_bk  date NOT NULL,
    back_at timestamptz,
    dmg_fl  boolean NOT NULL DEFAULT false,
    fee     numeric(5,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE tool_ln IS 'Tools signed out of the shed by members';
COMMENT ON COLUMN tool_ln.due_bk IS 'date the tool should be back (2 days for powered tools, 7 for the rest)';
COMMENT ON COLUMN tool_ln.back_at IS 'when the tool was signed back in; NULL = not returned yet';
COMMENT ON COLUMN tool_ln.dmg_fl IS 'true = came back damaged';
COMMENT ON COLUMN tool_ln.fee IS 'hire fee charged, GBP (powered tools and barrows only)';

INSERT INTO tool_ln (ln_id, tool_id, hldr_id, out_at, due_bk, back_at, dmg_fl, fee)
WITH l AS (
    SELECT g,
           CASE WHEN g % 3 = 0 THEN 1 + ((g / 3) * 5) % 12         -- the older tools are the favourites
                WHEN (1 + (g * 17) % 40) % 13 = 0 THEN 2 + (g * 17) % 40 ELSE 1 + (g * 17) % 40 END AS tool_id,
           CASE WHEN g % 4 = 0                          -- a few keen members borrow far more often
                THEN (ARRAY[57, 144, 12, 312, 204, 388, 102, 250])[
                         CASE WHEN (g / 4) % 36 < 8 THEN 1 WHEN (g / 4) % 36 < 15 THEN 2 WHEN (g / 4) % 36 < 21 THEN 3
                              WHEN (g / 4) % 36 < 26 THEN 4 WHEN (g / 4) % 36 < 30 THEN 5 WHEN (g / 4) % 36 < 33 THEN 6
                              WHEN (g / 4) % 36 < 35 THEN 7 ELSE 8 END]
                WHEN (1 + (g * 29) % 420) % 6 = 5 THEN (g * 29) % 420 ELSE 1 + (g * 29) % 420 END AS hldr_id,
           timestamptz '2023-03-01 08:00:00+00' + ((g * 3) / 4) * interval '1 day'
               + ((g * 97) % 600) * interval '1 minute' AS out_at
    FROM generate_series(1, 1800) AS g
), m AS (
    SELECT l.*, t.cat, t.retired_on,
           (out_at at time zone 'UTC')::date + CASE WHEN t.cat = 'PW' THEN 2 ELSE 7 END AS due_bk,
           CASE WHEN g % 97 = 0 THEN NULL
                ELSE out_at + ((g * 13) % 240) * interval '1 hour' + ((g * 7) % 60) * interval '1 minute' END AS back_at
    FROM l JOIN shed_tool t ON t.tool_id = l.tool_id
    WHERE t.retired_on IS NULL OR (l.out_at at time zone 'UTC')::date < t.retired_on - 20
)
SELECT row_number() OVER (ORDER BY out_at, g), tool_id, hldr_id, out_at, due_bk,
       CASE WHEN back_at > timestamptz '2026-11-30 18:00:00+00' THEN NULL ELSE back_at END,
       back_at <= timestamptz '2026-11-30 18:00:00+00' AND g % 41 = 0,
       CASE cat WHEN 'PW' THEN 5.00 WHEN 'WB' THEN 1.00 ELSE 0 END
FROM m;
