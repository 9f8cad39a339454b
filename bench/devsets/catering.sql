-- Made-up schema: a small event catering business in Yorkshire (clients, events, quotes, payments,
-- dishes and event menus, staff and their shifts, equipment hired from suppliers).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); the data cut-off
-- ("today" for the owner) is 2026-11-30: events up to that day are held, later ones are bookings.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS eq_hire;
DROP TABLE IF EXISTS shft;
DROP TABLE IF EXISTS stf;
DROP TABLE IF EXISTS evt_dish;
DROP TABLE IF EXISTS dish;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS qte;
DROP TABLE IF EXISTS evt;
DROP TABLE IF EXISTS clnt;

-- ---------------------------------------------------------------- clnt (clients)
CREATE TABLE clnt (
    clnt_id   integer PRIMARY KEY,
    clnt_nm   text NOT NULL,
    clnt_typ  char(1) NOT NULL,
    email     text,
    phone     varchar(20),
    city      text,
    src_cd    smallint,
    first_ct  date NOT NULL,
    mktg_ok   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE clnt IS 'Clients: couples and families, companies, wedding planners, funeral directors';
COMMENT ON COLUMN clnt.clnt_typ IS 'P = private person, B = business, A = wedding / event planner (agency), F = funeral director';
COMMENT ON COLUMN clnt.src_cd IS 'how they found us: 1 = referral, 2 = website, 3 = wedding fair, 4 = social media, 5 = repeat client; NULL = not recorded';
COMMENT ON COLUMN clnt.city IS 'NULL = not known';
COMMENT ON COLUMN clnt.first_ct IS 'date of first contact';
COMMENT ON COLUMN clnt.mktg_ok IS 'agreed to receive our newsletter and offers';

INSERT INTO clnt (clnt_id, clnt_nm, clnt_typ, email, phone, city, src_cd, first_ct, mktg_ok)
WITH t AS (
    SELECT g,
           CASE WHEN g % 20 = 0 THEN 'F'
                WHEN g % 20 IN (1, 5, 9, 13) THEN 'B'
                WHEN g % 20 = 7 THEN 'A'
                ELSE 'P' END AS typ
    FROM generate_series(1, 300) AS g
), r AS (
    SELECT t.*, row_number() OVER (PARTITION BY typ ORDER BY g) AS rn FROM t
), n AS (
    SELECT r.*,
           CASE typ
             WHEN 'P' THEN (ARRAY['Olivia','James','Amelia','Harry','Isla','George','Ava','Jack','Emily','Oliver',
                                  'Sophie','Thomas','Grace','William','Lucy','Samuel','Hannah','Daniel','Chloe','Joseph'])[1 + g % 20]
                           || ' ' ||
                           (ARRAY['Hartley','Sutcliffe','Ackroyd','Barraclough','Holroyd','Firth','Haigh','Lister','Booth','Crowther',
                                  'Greenwood','Pickles','Metcalfe','Robinson','Thornton','Walsh','Kaur','Ahmed','Nowak','Murphy',
                                  'Clegg','Dawson','Pearson'])[1 + (g * 7) % 23]
             WHEN 'B' THEN (ARRAY['Northgate','Aire Valley','Kirkstall','Wharfedale','Calder','Pennine','Ridings','Briggate',
                                  'Roundhay','Headingley','Ouse Bridge','Nidd','Castlegate','Minster','Holbeck'])[1 + (rn - 1) % 15]
                           || ' ' ||
                           (ARRAY['Solicitors','Engineering Ltd','Accountants','Software Ltd'])[1 + (rn - 1) / 15]
             WHEN 'A' THEN (ARRAY['Blush & Bloom Weddings','Ever After Planning','The Wedding Edit','Dales Day Planners',
                                  'Confetti & Co','Something Blue Events','Ivory Lane Weddings','Rose Gold Planning',
                                  'Knot & Nest','Meadow Events','Petal Post Planning','Lace and Linen Weddings',
                                  'Vow Studio','Golden Hour Events','White Rose Weddings'])[rn]
             ELSE (ARRAY['J. Hartley & Sons Funeral Directors','Co-op Funeralcare Headingley','Brear & Sons',
                         'W. Wood Funeral Service','Peaceful Passage','Holmes Funeral Directors','Dignity Roundhay',
                         'A. Lister Funeral Home','Calder Valley Funerals','Thompson & Tate','R. Ackroyd Funerals',
                         'Moorside Funeral Service','Greenwood Family Funerals','St Anne''s Funeral Home',
                         'Aire Funeral Partnership'])[rn]
           END AS nm
    FROM r
)
SELECT g, nm, typ,
       CASE WHEN g % 9 = 4 THEN NULL
            ELSE lower(regexp_replace(nm, '[^A-Za-z]', '', 'g')) || CASE WHEN typ = 'P' THEN g::text ELSE '' END || '@example.co.uk' END,
       '0113 ' || lpad(((g * 7919) % 1000000)::text, 6, '0'),
       CASE WHEN g % 15 = 14 THEN NULL
            ELSE (ARRAY['Leeds','Leeds','York','Harrogate','Wakefield','Bradford','Ilkley'])[1 + (g * 3) % 7] END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE (1 + (g * 7) % 5)::smallint END,
       date '2023-02-01' + (g * 37) % 1000,
       g % 5 <> 2
FROM n;

-- ---------------------------------------------------------------- evt (events)
CREATE TABLE evt (
    evt_id    integer PRIMARY KEY,
    clnt_id   integer NOT NULL REFERENCES clnt (clnt_id),
    evt_typ   char(1) NOT NULL,
    evt_dt    date NOT NULL,
    st_hr     smallint NOT NULL,
    gst_cnt   smallint NOT NULL,
    vnu_nm    text NOT NULL,
    vnu_city  text NOT NULL,
    svc_styl  smallint NOT NULL,
    evt_stat  char(1) NOT NULL,
    bk_dt     date NOT NULL
);
COMMENT ON TABLE evt IS 'Events we cater or were asked to cater, one row per event';
COMMENT ON COLUMN evt.evt_typ IS 'W = wedding, C = corporate, F = funeral / wake, P = private party (birthdays, anniversaries, christenings)';
COMMENT ON COLUMN evt.evt_dt IS 'day of the event';
COMMENT ON COLUMN evt.st_hr IS 'hour the food service starts, 24-hour clock';
COMMENT ON COLUMN evt.gst_cnt IS 'number of guests (final numbers once confirmed)';
COMMENT ON COLUMN evt.vnu_nm IS 'venue name';
COMMENT ON COLUMN evt.svc_styl IS '1 = plated sit-down meal, 2 = buffet, 3 = canapes / standing reception, 4 = drop-off delivery (no staff serving)';
COMMENT ON COLUMN evt.evt_stat IS 'E = enquiry only (never booked or not booked yet), B = booked (confirmed, still to come), D = done (event held), X = cancelled';
COMMENT ON COLUMN evt.bk_dt IS 'date the client first asked us about this event';

INSERT INTO evt (evt_id, clnt_id, evt_typ, evt_dt, st_hr, gst_cnt, vnu_nm, vnu_city, svc_styl, evt_stat, bk_dt)
WITH b AS (
    SELECT g, date '2024-01-05' + (g * 13) / 10 AS evt_dt FROM generate_series(1, 900) AS g
), t AS (
    SELECT b.*,
           CASE WHEN g % 10 IN (0, 3, 6) THEN 'W'
                WHEN g % 10 IN (1, 4, 8) THEN 'C'
                WHEN g % 10 IN (2, 7) AND evt_dt <= date '2026-12-10' THEN 'F'
                WHEN g % 10 IN (2, 7) THEN 'C'
                ELSE 'P' END AS typ
    FROM b
), k AS (
    SELECT t.*,
           CASE WHEN typ = 'F' THEN 'F' WHEN typ = 'C' THEN 'B' WHEN typ = 'W' AND g % 4 = 0 THEN 'A' ELSE 'P' END AS ctyp
    FROM t
), kn AS (
    SELECT k.*, row_number() OVER (PARTITION BY ctyp ORDER BY g) AS n FROM k
), kc AS (
    SELECT kn.*,
           CASE ctyp WHEN 'F' THEN 1 + (n * 3) % 14        -- 15 funeral directors, one never used us
                     WHEN 'B' THEN 1 + (n * 5) % 56        -- 60 businesses, 4 never booked
                     WHEN 'A' THEN 1 + (n * 4) % 13        -- 15 planners, 2 never booked
                     ELSE 1 + (n * 7) % 200 END AS crn     -- 210 private clients, 10 never booked
    FROM kn
), cr AS (
    SELECT clnt_id, clnt_typ, row_number() OVER (PARTITION BY clnt_typ ORDER BY clnt_id) AS rn FROM clnt
), v AS (
    SELECT kc.*, cr.clnt_id,
           CASE typ WHEN 'W' THEN (ARRAY[1, 2, 4, 6, 9, 14])[1 + (g * 7) % 6]
                    WHEN 'C' THEN (ARRAY[2, 5, 7, 8, 11])[1 + (g * 3) % 5]
                    WHEN 'F' THEN (ARRAY[3, 10, 12, 13])[1 + (g * 5) % 4]
                    ELSE (ARRAY[3, 4, 7, 8, 12, 14])[1 + (g * 5) % 6] END AS vn,
           CASE typ WHEN 'W' THEN 60 + (g * 37) % 181
                    WHEN 'C' THEN 20 + (g * 13) % 131
                    WHEN 'F' THEN 25 + (g * 11) % 126
                    ELSE 15 + (g * 7) % 76 END AS gst,
           CASE typ WHEN 'W' THEN 120 + (g * 17) % 300
                    WHEN 'C' THEN 25 + (g * 13) % 90
                    WHEN 'F' THEN 4 + g % 9
                    ELSE 25 + (g * 7) % 60 END AS lead_days
    FROM kc JOIN cr ON cr.clnt_typ = kc.ctyp AND cr.rn = kc.crn
)
SELECT g, clnt_id, typ, evt_dt,
       CASE typ WHEN 'W' THEN 13 + g % 2
                WHEN 'C' THEN (ARRAY[8, 12, 18])[1 + g % 3]
                WHEN 'F' THEN (ARRAY[11, 13, 14])[1 + g % 3]
                ELSE (ARRAY[12, 18, 19])[1 + g % 3] END,
       gst,
       (ARRAY['The Old Granary','Oakwood Hall','St Mary''s Church Hall','Riverside Barn','The Corn Exchange',
              'Holmfield Manor','Bramley Golf Club','The Assembly Rooms','Lakeside Pavilion','Kirkgate Chapel',
              'Wellington Place Offices','Victoria Hall Saltaire','Moorview Crematorium Lounge','Fernley Farm Marquee'])[vn],
       (ARRAY['Harrogate','Leeds','York','Ilkley','Leeds','Wakefield','Leeds','York','Harrogate','Bradford',
              'Leeds','Bradford','Wakefield','Ilkley'])[vn],
       CASE typ WHEN 'W' THEN 1 + g % 2
                WHEN 'C' THEN 2 + g % 3
                WHEN 'F' THEN (ARRAY[2, 4])[1 + g % 2]
                ELSE 2 + g % 2 END,
       CASE WHEN g % 23 = 0 THEN 'X'
            WHEN g % 17 = 0 OR (evt_dt > date '2026-11-30' AND g % 5 = 0) THEN 'E'
            WHEN evt_dt <= date '2026-11-30' THEN 'D'
            ELSE 'B' END,
       least(evt_dt - lead_days, date '2026-11-30' - 25 - g % 20)
FROM v;

-- clients' first contact is never after their first enquiry
UPDATE clnt c SET first_ct = m.first_bk
FROM (SELECT clnt_id, min(bk_dt) AS first_bk FROM evt GROUP BY clnt_id) m
WHERE m.clnt_id = c.clnt_id AND m.first_bk < c.first_ct;

-- ---------------------------------------------------------------- qte (quotes, with revisions)
CREATE TABLE qte (
    qte_id    integer PRIMARY KEY,
    evt_id    integer NOT NULL REFERENCES evt (evt_id),
    rev_no    smallint NOT NULL,
    iss_dt    date NOT NULL,
    pp_prc    numeric(6,2) NOT NULL,
    tot_amt   numeric(10,2) NOT NULL,
    qte_stat  char(1) NOT NULL,
    acc_dt    date,
    UNIQUE (evt_id, rev_no)
);
COMMENT ON TABLE qte IS 'Quotes sent to clients; a changed quote is a new revision of the same event';
COMMENT ON COLUMN qte.rev_no IS 'revision number, 1 = first quote sent for the event';
COMMENT ON COLUMN qte.iss_dt IS 'date the quote was sent';
COMMENT ON COLUMN qte.pp_prc IS 'price per head, GBP incl. VAT';
COMMENT ON COLUMN qte.tot_amt IS 'total quoted, GBP incl. VAT (price per head x guests + 175 set-up and delivery)';
COMMENT ON COLUMN qte.qte_stat IS 'P = pending (no answer yet), A = accepted, R = rejected by the client, S = superseded by a later revision';
COMMENT ON COLUMN qte.acc_dt IS 'date the client accepted; NULL = not accepted';

INSERT INTO qte (qte_id, evt_id, rev_no, iss_dt, pp_prc, tot_amt, qte_stat, acc_dt)
WITH e AS (
    SELECT e.*,
           CASE WHEN evt_stat = 'E' THEN 1
                WHEN evt_stat = 'X' THEN 1 + evt_id % 2
                ELSE 1 + evt_id % 3 END AS nrev
    FROM evt e
    WHERE NOT (evt_stat = 'E' AND evt_id % 2 = 0)          -- half the enquiries never got a quote
), q AS (
    SELECT e.*, r,
           e.bk_dt + 1 + (r - 1) * CASE evt_typ WHEN 'F' THEN 1 ELSE 6 END AS iss_dt,
           (CASE evt_typ WHEN 'W' THEN 58 WHEN 'C' THEN 26 WHEN 'F' THEN 19 ELSE 34 END
              + (evt_id % 7) * 2.5 - (r - 1) * 1.5)::numeric(6,2) AS pp,
           CASE WHEN r < nrev THEN 'S'
                WHEN evt_stat = 'E' AND evt_dt > date '2026-11-30' THEN 'P'
                WHEN evt_stat = 'E' THEN 'R'
                WHEN evt_stat = 'X' AND evt_id % 3 = 0 THEN 'R'
                ELSE 'A' END AS st
    FROM e CROSS JOIN LATERAL generate_series(1, e.nrev) AS r
)
SELECT row_number() OVER (ORDER BY iss_dt, evt_id, r), evt_id, r, iss_dt, pp, pp * gst_cnt + 175, st,
       CASE WHEN st = 'A' THEN iss_dt + CASE evt_typ WHEN 'F' THEN 1 ELSE 1 + evt_id % 9 END END
FROM q;

-- ---------------------------------------------------------------- pmt (deposits, final balances, refunds)
CREATE TABLE pmt (
    pmt_id    integer PRIMARY KEY,
    evt_id    integer NOT NULL,
    pmt_typ   char(1) NOT NULL,
    amt       numeric(10,2) NOT NULL,
    due_dt    date NOT NULL,
    pd_dt     date,
    pay_mth   smallint,
    inv_ref   varchar(12) NOT NULL
);
COMMENT ON TABLE pmt IS 'Money asked of and received from clients for events';
COMMENT ON COLUMN pmt.evt_id IS 'event (evt.evt_id) the payment is for; no foreign key, typed in by hand from the invoice book';
COMMENT ON COLUMN pmt.pmt_typ IS 'D = deposit (30% of the accepted quote), F = final balance, R = refund to the client';
COMMENT ON COLUMN pmt.amt IS 'GBP; refunds are negative';
COMMENT ON COLUMN pmt.due_dt IS 'date the payment is due';
COMMENT ON COLUMN pmt.pd_dt IS 'date the money arrived (or the refund went out); NULL = not paid yet';
COMMENT ON COLUMN pmt.pay_mth IS '1 = bank transfer, 2 = card, 3 = cash, 4 = cheque; NULL while unpaid';

INSERT INTO pmt (pmt_id, evt_id, pmt_typ, amt, due_dt, pd_dt, pay_mth, inv_ref)
WITH a AS (
    SELECT e.evt_id, e.evt_typ, e.evt_dt, e.evt_stat, q.tot_amt, q.acc_dt,
           CASE WHEN e.evt_typ = 'F' THEN 0 ELSE round(q.tot_amt * 0.30, 2) END AS dep
    FROM evt e JOIN qte q ON q.evt_id = e.evt_id AND q.qte_stat = 'A'
), dep AS (                                   -- funeral directors are account clients: no deposit
    SELECT evt_id, 'D' AS typ, dep AS amt, acc_dt + 14 AS due_dt,
           CASE WHEN evt_stat = 'B' AND evt_id % 3 = 0 THEN NULL
                WHEN acc_dt + evt_id % 12 > date '2026-11-30' THEN NULL
                ELSE acc_dt + evt_id % 12 END AS pd_dt,
           (1 + (evt_id * 3) % 4) AS mth
    FROM a WHERE evt_typ <> 'F'
), fin AS (
    SELECT evt_id, 'F' AS typ, tot_amt - dep AS amt,
           CASE WHEN evt_typ = 'F' THEN evt_dt + 14 ELSE evt_dt - 7 END AS due_dt,
           CASE WHEN evt_stat <> 'D' THEN NULL
                WHEN evt_id % 31 = 0 THEN NULL
                WHEN (CASE WHEN evt_typ = 'F' THEN evt_dt + 14 ELSE evt_dt - 7 END) + (evt_id * 5) % 17 - 8 > date '2026-11-30' THEN NULL
                ELSE (CASE WHEN evt_typ = 'F' THEN evt_dt + 14 ELSE evt_dt - 7 END) + (evt_id * 5) % 17 - 8 END AS pd_dt,
           (ARRAY[1, 1, 2, 1, 3, 4, 2])[1 + evt_id % 7] AS mth
    FROM a WHERE evt_stat IN ('D', 'B')
), ref AS (
    SELECT d.evt_id, 'R' AS typ, -round(d.amt * 0.5, 2) AS amt, d.pd_dt + 21 AS due_dt,
           least(d.pd_dt + 21, date '2026-11-30') AS pd_dt, 1 AS mth
    FROM dep d JOIN evt e ON e.evt_id = d.evt_id
    WHERE e.evt_stat = 'X' AND d.pd_dt IS NOT NULL AND e.evt_id % 2 = 0
), al AS (
    SELECT * FROM dep UNION ALL SELECT * FROM fin UNION ALL SELECT * FROM ref
)
SELECT row_number() OVER (ORDER BY due_dt, evt_id, typ), evt_id, typ, amt, due_dt, pd_dt,
       CASE WHEN pd_dt IS NULL THEN NULL ELSE mth END,
       'INV-' || lpad(evt_id::text, 4, '0') || '-' || typ
FROM al;

-- ---------------------------------------------------------------- dish
CREATE TABLE dish (
    dish_id   integer PRIMARY KEY,
    dish_nm   text NOT NULL,
    crs_cd    char(1) NOT NULL,
    veg_cd    char(1) NOT NULL,
    alg_glu   boolean NOT NULL,
    alg_dai   boolean NOT NULL,
    alg_nut   boolean NOT NULL,
    alg_egg   boolean NOT NULL,
    alg_fsh   boolean NOT NULL,
    cost_pp   numeric(5,2) NOT NULL,
    on_menu   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE dish IS 'Dishes we can make, with the allergens they contain';
COMMENT ON COLUMN dish.crs_cd IS 'C = canape, S = starter, M = main course, D = dessert';
COMMENT ON COLUMN dish.veg_cd IS 'N = contains meat or fish, V = vegetarian, G = vegan';
COMMENT ON COLUMN dish.alg_glu IS 'contains gluten';
COMMENT ON COLUMN dish.alg_dai IS 'contains milk / dairy';
COMMENT ON COLUMN dish.alg_nut IS 'contains nuts or peanuts';
COMMENT ON COLUMN dish.alg_egg IS 'contains egg';
COMMENT ON COLUMN dish.alg_fsh IS 'contains fish or shellfish';
COMMENT ON COLUMN dish.cost_pp IS 'ingredient cost per portion, GBP';
COMMENT ON COLUMN dish.on_menu IS 'currently offered to clients (false = retired)';

INSERT INTO dish (dish_id, dish_nm, crs_cd, veg_cd, alg_glu, alg_dai, alg_nut, alg_egg, alg_fsh, cost_pp, on_menu) VALUES
    (1,  'Smoked salmon blini',                          'C', 'N', true,  true,  false, true,  true,  1.20, true),
    (2,  'Mini Yorkshire pudding with roast beef',       'C', 'N', true,  true,  false, true,  false, 1.10, true),
    (3,  'Goat''s cheese and red onion tartlet',         'C', 'V', true,  true,  false, true,  false, 0.95, true),
    (4,  'Falafel with tahini dip',                      'C', 'G', false, false, false, false, false, 0.60, true),
    (5,  'Chicken satay skewer',                         'C', 'N', false, false, true,  false, false, 0.90, true),
    (6,  'Prawn cocktail spoon',                         'C', 'N', false, false, false, true,  true,  1.30, true),
    (7,  'Pea and mint crostini',                        'C', 'G', true,  false, false, false, false, 0.55, true),
    (8,  'Black pudding bon bon',                        'C', 'N', true,  true,  false, true,  false, 0.80, false),
    (9,  'Stilton and walnut bite',                      'C', 'V', true,  true,  true,  false, false, 0.85, true),
    (10, 'Vegetable spring roll',                        'C', 'G', true,  false, false, false, false, 0.50, true),
    (11, 'Leek and potato soup',                         'S', 'V', false, true,  false, false, false, 1.40, true),
    (12, 'Chicken liver pate with toast',                'S', 'N', true,  true,  false, true,  false, 1.90, true),
    (13, 'Smoked mackerel pate',                         'S', 'N', true,  true,  false, false, true,  2.10, true),
    (14, 'Heritage tomato salad',                        'S', 'G', false, false, false, false, false, 1.60, true),
    (15, 'Ham hock terrine',                             'S', 'N', true,  false, false, true,  false, 2.30, true),
    (16, 'Wensleydale, beetroot and walnut salad',       'S', 'V', false, true,  true,  false, false, 1.80, true),
    (17, 'Roasted red pepper soup',                      'S', 'G', false, false, false, false, false, 1.20, true),
    (18, 'Prawn and crayfish cocktail',                  'S', 'N', false, false, false, true,  true,  2.60, true),
    (19, 'Wild mushroom arancini',                       'S', 'V', true,  true,  false, true,  false, 1.70, true),
    (20, 'Duck spring rolls',                            'S', 'N', true,  false, false, false, false, 2.20, false),
    (21, 'Roast sirloin of beef with Yorkshire pudding', 'M', 'N', true,  true,  false, true,  false, 7.80, true),
    (22, 'Chicken supreme with tarragon sauce',          'M', 'N', false, true,  false, false, false, 5.20, true),
    (23, 'Slow-roast pork belly',                        'M', 'N', false, false, false, false, false, 4.60, true),
    (24, 'Baked salmon with hollandaise',                'M', 'N', false, true,  false, true,  true,  6.40, true),
    (25, 'Lamb shank with rosemary jus',                 'M', 'N', false, false, false, false, false, 7.20, true),
    (26, 'Butternut squash risotto',                     'M', 'V', false, true,  false, false, false, 3.10, true),
    (27, 'Mushroom and chestnut Wellington',             'M', 'G', true,  false, true,  false, false, 3.90, true),
    (28, 'Beef and ale pie',                             'M', 'N', true,  true,  false, true,  false, 4.30, true),
    (29, 'Fish pie',                                     'M', 'N', true,  true,  false, true,  true,  4.80, true),
    (30, 'Chickpea and spinach curry',                   'M', 'G', false, false, false, false, false, 2.40, true),
    (31, 'Cajun chicken',                                'M', 'N', false, false, false, false, false, 3.60, false),
    (32, 'Roast turkey with all the trimmings',          'M', 'N', true,  true,  false, true,  false, 5.60, true),
    (33, 'Vegetable lasagne',                            'M', 'V', true,  true,  false, true,  false, 3.00, true),
    (34, 'Sea bass with crushed potatoes',               'M', 'N', false, true,  false, false, true,  7.50, true),
    (35, 'Sticky toffee pudding',                        'D', 'V', true,  true,  false, true,  false, 1.60, true),
    (36, 'Lemon tart',                                   'D', 'V', true,  true,  false, true,  false, 1.50, true),
    (37, 'Eton mess',                                    'D', 'V', false, true,  false, true,  false, 1.70, true),
    (38, 'Chocolate brownie',                            'D', 'V', true,  true,  true,  true,  false, 1.30, true),
    (39, 'Fresh fruit salad',                            'D', 'G', false, false, false, false, false, 1.40, true),
    (40, 'Yorkshire curd tart',                          'D', 'V', true,  true,  false, true,  false, 1.45, true),
    (41, 'Bakewell tart',                                'D', 'V', true,  true,  true,  true,  false, 1.35, true),
    (42, 'Vegan chocolate mousse',                       'D', 'G', false, false, false, false, false, 1.55, true),
    (43, 'Yorkshire cheese board',                       'D', 'V', true,  true,  true,  false, false, 2.80, true),
    (44, 'Creme brulee',                                 'D', 'V', false, true,  false, true,  false, 1.50, true),
    (45, 'Beetroot and horseradish blini',               'C', 'V', true,  true,  false, true,  false, 0.70, true),
    (46, 'Seared scallop with pea puree',                'S', 'N', false, true,  false, false, true,  3.90, false),
    (47, 'Venison haunch with juniper',                  'M', 'N', false, false, false, false, false, 9.20, true),
    (48, 'Tofu and vegetable stir fry',                  'M', 'G', false, false, false, false, false, 2.60, true),
    (49, 'Pistachio panna cotta',                        'D', 'V', false, true,  true,  false, false, 1.90, true),
    (50, 'Coronation chicken vol-au-vent',               'C', 'N', true,  true,  false, true,  false, 0.90, false),
    (51, 'Gluten-free Victoria sponge',                  'D', 'V', false, true,  false, true,  false, 1.40, true),
    (52, 'Pork pie slice',                               'C', 'N', true,  false, false, true,  false, 0.75, false);

-- ---------------------------------------------------------------- evt_dish (the menu of each event)
CREATE TABLE evt_dish (
    evt_id    integer NOT NULL REFERENCES evt (evt_id),
    dish_id   integer NOT NULL REFERENCES dish (dish_id),
    portions  smallint NOT NULL,
    PRIMARY KEY (evt_id, dish_id)
);
COMMENT ON TABLE evt_dish IS 'Menu of each event: the dishes chosen and how many portions were ordered';
COMMENT ON COLUMN evt_dish.portions IS 'portions ordered (canapes: one portion = one piece per guest)';

INSERT INTO evt_dish (evt_id, dish_id, portions)
WITH e AS (
    SELECT e.*, e.evt_id AS g,
           svc_styl IN (1, 2) AND evt_id % 3 <> 0 AS two_mains
    FROM evt e
    WHERE evt_stat IN ('D', 'B') OR (evt_stat = 'X' AND evt_id % 2 = 0)
), l AS (
    SELECT evt_id, 1 + g % 10 AS dish_id, gst_cnt AS portions FROM e WHERE svc_styl IN (1, 3) OR evt_typ = 'W'
    UNION ALL
    SELECT evt_id, 1 + (g + 3) % 10, gst_cnt FROM e WHERE svc_styl IN (1, 3) OR evt_typ = 'W'
    UNION ALL
    SELECT evt_id, 1 + (g + 6) % 10, gst_cnt FROM e WHERE svc_styl = 3
    UNION ALL
    SELECT evt_id, 11 + (g * 3 + g / 10) % 10, gst_cnt FROM e WHERE svc_styl = 1 OR (svc_styl = 2 AND g % 2 = 0)
    UNION ALL
    SELECT evt_id, 21 + (g * 5) % 14, CASE WHEN two_mains THEN ceil(gst_cnt * 0.6)::int ELSE gst_cnt END
    FROM e WHERE svc_styl <> 3
    UNION ALL
    SELECT evt_id, 21 + (g * 5 + 7) % 14, gst_cnt - ceil(gst_cnt * 0.6)::int FROM e WHERE two_mains
    UNION ALL
    SELECT evt_id, 35 + (g * 7 + g / 10) % 10, gst_cnt FROM e WHERE svc_styl <> 3
)
SELECT evt_id, dish_id, portions FROM l;

-- ---------------------------------------------------------------- stf (staff)
CREATE TABLE stf (
    stf_id    integer PRIMARY KEY,
    fnm       text NOT NULL,
    lnm       text NOT NULL,
    role_cd   char(2) NOT NULL,
    emp_typ   char(1) NOT NULL,
    hr_rt     numeric(5,2) NOT NULL,
    strt_dt   date NOT NULL,
    act       boolean NOT NULL DEFAULT true,
    fh_exp    date
);
COMMENT ON TABLE stf IS 'Our staff, past and present';
COMMENT ON COLUMN stf.role_cd IS 'CH = chef, EM = event manager, WT = waiting staff, BR = bar staff, KP = kitchen porter, DR = driver';
COMMENT ON COLUMN stf.emp_typ IS 'F = full time, P = part time, Z = zero-hours / casual';
COMMENT ON COLUMN stf.hr_rt IS 'hourly pay, GBP';
COMMENT ON COLUMN stf.act IS 'still works for us';
COMMENT ON COLUMN stf.fh_exp IS 'expiry date of the food hygiene certificate; NULL = no certificate on file';

INSERT INTO stf (stf_id, fnm, lnm, role_cd, emp_typ, hr_rt, strt_dt, act, fh_exp) VALUES
    (1,  'Marcus',  'Bell',       'CH', 'F', 18.00, '2019-03-04', true,  '2027-02-28'),
    (2,  'Priya',   'Shah',       'CH', 'F', 16.50, '2021-06-14', true,  '2026-09-30'),
    (3,  'Tom',     'Whitaker',   'CH', 'F', 16.00, '2022-01-10', true,  '2027-05-31'),
    (4,  'Agnieszka','Kowalska',  'CH', 'P', 15.50, '2022-08-01', true,  '2026-12-31'),
    (5,  'Leon',    'Fraser',     'CH', 'P', 15.50, '2023-02-20', true,  '2027-01-31'),
    (6,  'Beth',    'Mallinson',  'CH', 'Z', 15.00, '2023-09-11', true,  NULL),
    (7,  'Claire',  'Oldroyd',    'EM', 'F', 17.00, '2018-05-01', true,  '2027-03-31'),
    (8,  'Imran',   'Hussain',    'EM', 'F', 17.00, '2020-04-06', true,  NULL),
    (9,  'Gemma',   'Lumb',       'EM', 'P', 16.50, '2022-03-28', true,  '2026-06-30'),
    (10, 'Jade',    'Coates',     'WT', 'Z', 12.21, '2021-05-17', true,  NULL),
    (11, 'Ryan',    'Hepworth',   'WT', 'Z', 12.21, '2021-07-05', true,  '2027-04-30'),
    (12, 'Megan',   'Sykes',      'WT', 'P', 12.50, '2020-09-14', true,  NULL),
    (13, 'Kieran',  'Doyle',      'WT', 'Z', 12.21, '2022-04-25', true,  NULL),
    (14, 'Ellie',   'Brook',      'WT', 'Z', 12.21, '2022-06-06', true,  '2026-08-31'),
    (15, 'Callum',  'Rhodes',     'WT', 'Z', 12.21, '2022-10-03', true,  NULL),
    (16, 'Niamh',   'Gallagher',  'WT', 'P', 12.50, '2023-01-16', true,  '2027-06-30'),
    (17, 'Owen',    'Marsden',    'WT', 'Z', 12.21, '2023-03-13', true,  NULL),
    (18, 'Zara',    'Iqbal',      'WT', 'Z', 12.21, '2023-04-24', true,  NULL),
    (19, 'Liam',    'Senior',     'WT', 'Z', 12.21, '2023-06-05', true,  '2026-11-30'),
    (20, 'Holly',   'Shackleton', 'WT', 'Z', 12.21, '2023-07-17', true,  NULL),
    (21, 'Ben',     'Armitage',   'WT', 'Z', 12.21, '2023-09-04', true,  NULL),
    (22, 'Maisie',  'Wood',       'WT', 'P', 12.50, '2024-01-08', true,  '2027-01-31'),
    (23, 'Dylan',   'Parkin',     'WT', 'Z', 12.21, '2024-02-19', true,  NULL),
    (24, 'Amira',   'Begum',      'WT', 'Z', 12.21, '2024-03-11', true,  NULL),
    (25, 'Josh',    'Hirst',      'WT', 'Z', 12.21, '2024-04-02', true,  NULL),
    (26, 'Connor',  'Bairstow',   'BR', 'Z', 12.60, '2021-05-10', true,  NULL),
    (27, 'Tasha',   'Moorhouse',  'BR', 'Z', 12.60, '2022-05-16', true,  NULL),
    (28, 'Jakub',   'Nowicki',    'BR', 'P', 12.80, '2022-11-07', true,  NULL),
    (29, 'Erin',    'Fletcher',   'BR', 'Z', 12.60, '2023-05-22', true,  '2027-02-28'),
    (30, 'Sam',     'Ingham',     'BR', 'Z', 12.60, '2024-01-22', true,  NULL),
    (31, 'Paul',    'Dobson',     'KP', 'P', 12.21, '2020-02-03', true,  '2026-10-31'),
    (32, 'Adebayo', 'Okafor',     'KP', 'Z', 12.21, '2022-09-12', true,  '2027-03-31'),
    (33, 'Kerry',   'Naylor',     'KP', 'Z', 12.21, '2023-11-06', true,  NULL),
    (34, 'Graham',  'Tordoff',    'DR', 'F', 13.50, '2017-08-21', true,  NULL),
    (35, 'Steve',   'Ramsden',    'DR', 'P', 13.00, '2021-03-01', true,  NULL),
    (36, 'Andy',    'Kershaw',    'DR', 'Z', 13.00, '2023-08-14', true,  '2026-12-31'),
    (37, 'Rachel',  'Haley',      'CH', 'F', 16.00, '2019-01-07', false, '2025-04-30'),
    (38, 'Chloe',   'Appleyard',  'WT', 'Z', 11.44, '2020-06-01', false, NULL),
    (39, 'Dan',     'Ellis',      'BR', 'Z', 11.60, '2021-04-12', false, NULL),
    (40, 'Lewis',   'Crabtree',   'KP', 'Z', 11.44, '2022-02-14', false, '2024-10-31'),
    (41, 'Sofia',   'Romano',     'CH', 'F', 16.50, '2025-05-06', true,  '2028-04-30'),
    (42, 'Harvey',  'Stead',      'WT', 'Z', 12.21, '2025-05-12', true,  NULL),
    (43, 'Mo',      'Rahman',     'KP', 'Z', 12.21, '2025-05-19', true,  '2027-11-30'),
    (44, 'Lauren',  'Gill',       'DR', 'P', 13.00, '2025-05-26', true,  NULL),
    (45, 'Freya',   'Dyson',      'WT', 'Z', 12.21, '2026-11-16', true,  NULL),
    (46, 'Arjun',   'Mistry',     'CH', 'P', 16.00, '2026-11-23', true,  '2029-10-31');

-- ---------------------------------------------------------------- shft (staff shifts at events)
CREATE TABLE shft (
    shft_id   integer PRIMARY KEY,
    evt_id    integer NOT NULL REFERENCES evt (evt_id),
    stf_id    integer NOT NULL REFERENCES stf (stf_id),
    sch_st    timestamp NOT NULL,
    sch_hrs   numeric(4,1) NOT NULL,
    shft_stat smallint NOT NULL,
    hrs_wkd   numeric(4,2)
);
COMMENT ON TABLE shft IS 'Shifts: who is rostered at which event';
COMMENT ON COLUMN shft.sch_st IS 'scheduled start, local time';
COMMENT ON COLUMN shft.sch_hrs IS 'scheduled length, hours';
COMMENT ON COLUMN shft.shft_stat IS '1 = rostered (still to come), 2 = worked, 3 = no-show (did not turn up), 4 = cancelled by us';
COMMENT ON COLUMN shft.hrs_wkd IS 'hours actually worked, from the timesheet; NULL = not worked (future, no-show or cancelled shift)';

INSERT INTO shft (shft_id, evt_id, stf_id, sch_st, sch_hrs, shft_stat, hrs_wkd)
WITH e AS (
    SELECT e.*, least(2 + gst_cnt / 25, 12) AS n FROM evt e WHERE evt_stat IN ('D', 'B')
), s AS (
    SELECT e.evt_id, e.evt_dt, e.st_hr, e.evt_stat, j, evt_id AS g,
           (e.evt_id * 11 + j * 3) % 40 AS idx
    FROM e CROSS JOIN LATERAL generate_series(1, e.n) AS j
), t AS (
    SELECT s.*,
           CASE WHEN evt_dt >= date '2025-06-01' AND idx >= 36 THEN idx + 5 ELSE idx + 1 END AS stf_id,
           (5 + ((g + j) % 4) * 1.5)::numeric(4,1) AS sch_hrs,
           CASE WHEN evt_stat = 'B' AND (g + j) % 47 = 0 THEN 4
                WHEN evt_stat = 'B' THEN 1
                WHEN (g * 3 + j) % 41 = 0 THEN 3
                WHEN (g + j) % 47 = 0 THEN 4
                ELSE 2 END AS st
    FROM s
)
SELECT row_number() OVER (ORDER BY evt_dt, evt_id, j), evt_id, stf_id,
       evt_dt + make_interval(hours => st_hr - 3), sch_hrs, st,
       CASE WHEN st = 2 THEN sch_hrs + ((g * j) % 5 - 2) * 0.25 END
FROM t;

-- ---------------------------------------------------------------- eq_hire (equipment hired for events)
CREATE TABLE eq_hire (
    hire_id   integer PRIMARY KEY,
    evt_id    integer NOT NULL REFERENCES evt (evt_id),
    supp_nm   text NOT NULL,
    itm_cd    char(2) NOT NULL,
    qty       integer NOT NULL,
    unit_rt   numeric(8,2) NOT NULL,
    hire_days smallint NOT NULL,
    hire_st   date NOT NULL,
    rtn_dt    date,
    dmg_chg   numeric(8,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE eq_hire IS 'Equipment hired in from suppliers for events';
COMMENT ON COLUMN eq_hire.supp_nm IS 'hire company';
COMMENT ON COLUMN eq_hire.itm_cd IS 'CH = chairs, TB = tables, LN = table linen, GL = glassware, CR = crockery and cutlery, MQ = marquee, CK = mobile cooking kit';
COMMENT ON COLUMN eq_hire.qty IS 'number of pieces (marquee: 1 = one marquee)';
COMMENT ON COLUMN eq_hire.unit_rt IS 'hire price per piece per day, GBP';
COMMENT ON COLUMN eq_hire.hire_st IS 'day the kit is delivered to us or to the venue';
COMMENT ON COLUMN eq_hire.rtn_dt IS 'day the kit went back to the supplier; NULL = not returned yet';
COMMENT ON COLUMN eq_hire.dmg_chg IS 'charged by the supplier for breakages and losses, GBP';

INSERT INTO eq_hire (hire_id, evt_id, supp_nm, itm_cd, qty, unit_rt, hire_days, hire_st, rtn_dt, dmg_chg)
WITH e AS (
    SELECT e.*, e.evt_id AS g FROM evt e
    WHERE evt_stat IN ('D', 'B') AND evt_id % 3 <> 1 AND (evt_typ <> 'F' OR evt_id % 5 = 0)
), l AS (
    SELECT e.*, j, (ARRAY['CH','TB','LN','GL','CR','MQ','CK'])[1 + (g + j * 2) % 7] AS itm
    FROM e CROSS JOIN LATERAL generate_series(1, 1 + e.g % 4) AS j
), v AS (
    SELECT l.*,
           CASE itm WHEN 'MQ' THEN 'Marquee Masters'
                    WHEN 'CK' THEN 'Caterhire North'
                    WHEN 'LN' THEN CASE WHEN g % 2 = 0 THEN 'Linen & Lace Hire' ELSE 'Party Hire Direct' END
                    WHEN 'GL' THEN CASE WHEN g % 2 = 0 THEN 'Glass Act Hire' ELSE 'Yorkshire Event Hire' END
                    WHEN 'CR' THEN CASE WHEN g % 3 = 0 THEN 'Glass Act Hire' ELSE 'Yorkshire Event Hire' END
                    ELSE CASE WHEN g % 2 = 0 THEN 'Party Hire Direct' ELSE 'Yorkshire Event Hire' END END AS supp,
           CASE itm WHEN 'CH' THEN gst_cnt WHEN 'TB' THEN gst_cnt / 8 + 1 WHEN 'LN' THEN gst_cnt / 8 + 1
                    WHEN 'GL' THEN gst_cnt * 3 WHEN 'CR' THEN gst_cnt * 4 WHEN 'MQ' THEN 1 ELSE 1 + g % 3 END AS qty,
           CASE itm WHEN 'CH' THEN 1.80 WHEN 'TB' THEN 6.50 WHEN 'LN' THEN 4.20 WHEN 'GL' THEN 0.35
                    WHEN 'CR' THEN 0.30 WHEN 'MQ' THEN 1450.00 ELSE 45.00 END AS rt,
           CASE WHEN itm = 'MQ' THEN 3 WHEN g % 3 = 0 THEN 2 ELSE 1 END AS days
    FROM l
), r AS (
    SELECT v.*, evt_dt - 1 AS st,
           CASE WHEN evt_dt - 1 + days + g % 2 > date '2026-11-30' THEN NULL
                WHEN (g + j) % 61 = 0 THEN NULL
                ELSE evt_dt - 1 + days + g % 2 END AS rtn
    FROM v
)
SELECT row_number() OVER (ORDER BY st, evt_id, j), evt_id, supp, itm, qty, rt, days, st, rtn,
       CASE WHEN rtn IS NOT NULL AND (g * j) % 19 = 0 THEN round(qty * rt * 0.2, 2) ELSE 0 END
FROM r;
