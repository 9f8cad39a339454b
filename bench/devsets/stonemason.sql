-- Made-up schema: Hallam & Pryce Memorials, a family firm of monumental masons with a yard on
-- Harrogate Road, Ripon (North Yorkshire), prices in GBP incl. VAT. Stephen Hallam runs the yard
-- and the fixing crews, Rachel Pryce cuts the letters, Janet Sowerby keeps the office and the books.
--
-- How the work goes: a family (cust) comes in, either on its own or introduced by one of the local
-- funeral directors (fun_dir, who get a commission and some of whom are on a monthly trade account).
-- We quote for a memorial (ord): a headstone, a kerbed memorial, a desk/book, a small cremation
-- plaque, a bespoke carved piece, or re-lettering (adding a name to an existing stone after a
-- further death). The stone comes from a quarry (quarry -> stone): Indian, South African and Chinese
-- granites, Yorkstone, Lakeland slate, Portland limestone, and (until 2024) Carrara marble.
-- Lettering is priced per letter (inscr), by style, from the yearly price list; spaces and
-- punctuation are free. Before anything goes into a cemetery or churchyard we need the burial
-- authority's permit (permit): churchyards are fussy (no polished black granite) and often send
-- designs back. Headstones are only fixed once the ground has settled (months after the funeral).
-- A fixing crew (fixing, with the masons on it in fix_crew) puts the memorial up and does the
-- topple test; re-lettering is done in the churchyard or the stone is taken down to the yard and
-- brought back. A deposit is taken when a family accepts the quote, the balance after fixing (pmt);
-- trade-account funeral directors pay the whole invoice on their monthly statement instead.
--
-- Habits: job numbers carry on from the old day book (5001 upwards). Lapsed quotes and families
-- who change their mind are cancelled, not deleted (cxl_dt). A waived deposit is still written in
-- the book as a 0.00 deposit. Invoices go out on the Monday after fixing, so jobs fixed in the last
-- week of the data are not invoiced yet. Codes are explained in the column comments.
-- Data run from January 2024 to the cut-off, 30 November 2026. Deterministic (generate_series,
-- modulo arithmetic and hashtext; no random()). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS fix_crew;
DROP TABLE IF EXISTS fixing;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS permit;
DROP TABLE IF EXISTS inscr;
DROP TABLE IF EXISTS ord;
DROP TABLE IF EXISTS mason;
DROP TABLE IF EXISTS cemetery;
DROP TABLE IF EXISTS stone;
DROP TABLE IF EXISTS quarry;
DROP TABLE IF EXISTS fun_dir;
DROP TABLE IF EXISTS cust;

-- ================================================================ tables

CREATE TABLE cust (
    cust_id       integer PRIMARY KEY,
    cust_nm       text NOT NULL,
    town          text,
    tel           varchar(15),
    email         text,
    contact_pref  char(1) NOT NULL,
    crt_dt        date NOT NULL
);

CREATE TABLE fun_dir (
    fd_id      smallint PRIMARY KEY,
    fd_nm      text NOT NULL,
    town       text NOT NULL,
    comm_pct   numeric(4,1) NOT NULL DEFAULT 0,
    acct_yn    char(1) NOT NULL DEFAULT 'N',
    since_dt   date NOT NULL,
    closed_dt  date
);

CREATE TABLE quarry (
    quarry_id  smallint PRIMARY KEY,
    quarry_nm  text NOT NULL,
    ctry       char(2) NOT NULL,
    region     text,
    agent_nm   text,
    active     boolean NOT NULL DEFAULT true
);

CREATE TABLE stone (
    stone_id    smallint PRIMARY KEY,
    stone_nm    text NOT NULL,
    quarry_id   smallint NOT NULL REFERENCES quarry (quarry_id),
    mat         char(1) NOT NULL,
    blank_cost  numeric(8,2) NOT NULL,
    in_range    boolean NOT NULL DEFAULT true
);

CREATE TABLE cemetery (
    cem_id      smallint PRIMARY KEY,
    cem_nm      text NOT NULL,
    town        text NOT NULL,
    auth_typ    char(1) NOT NULL,
    permit_fee  numeric(6,2) NOT NULL,
    lawn_only   boolean NOT NULL DEFAULT false,
    max_ht_mm   smallint NOT NULL
);

CREATE TABLE mason (
    mason_id  smallint PRIMARY KEY,
    mason_nm  text NOT NULL,
    role      char(1) NOT NULL,
    start_dt  date NOT NULL,
    left_dt   date,
    day_rt    numeric(6,2) NOT NULL
);

CREATE TABLE ord (
    ord_no       integer PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES cust (cust_id),
    fd_id        smallint REFERENCES fun_dir (fd_id),
    cem_id       smallint NOT NULL REFERENCES cemetery (cem_id),
    dec_nm       text NOT NULL,
    dod          date,
    memo_typ     char(1) NOT NULL,
    stone_id     smallint REFERENCES stone (stone_id),
    orig_ord_no  integer REFERENCES ord (ord_no),
    ord_dt       date NOT NULL,
    quote_amt    numeric(10,2) NOT NULL,
    stone_cost   numeric(10,2),
    inv_amt      numeric(10,2),
    proof_ok     boolean NOT NULL DEFAULT false,
    ord_st       char(1) NOT NULL,
    fixed_dt     date,
    cxl_dt       date
);

CREATE TABLE inscr (
    inscr_id   integer PRIMARY KEY,
    ord_no     integer NOT NULL REFERENCES ord (ord_no),
    seq        smallint NOT NULL,
    ltr_style  char(1) NOT NULL,
    ltr_cnt    smallint NOT NULL,
    rate_pl    numeric(6,2) NOT NULL,
    cut_dt     date,
    cut_by     smallint REFERENCES mason (mason_id)
);

CREATE TABLE permit (
    permit_id   integer PRIMARY KEY,
    ord_no      integer NOT NULL REFERENCES ord (ord_no),
    appl_dt     date NOT NULL,
    fee_amt     numeric(6,2) NOT NULL,
    outcome     char(1) NOT NULL,
    dec_dt      date,
    permit_ref  varchar(20)
);

CREATE TABLE fixing (
    fix_id    integer PRIMARY KEY,
    ord_no    integer NOT NULL REFERENCES ord (ord_no),
    fix_dt    date NOT NULL,
    fix_typ   char(1) NOT NULL,
    hrs       numeric(4,1) NOT NULL,
    test_ok   boolean,
    notes     text
);

CREATE TABLE fix_crew (
    fix_id    integer NOT NULL REFERENCES fixing (fix_id),
    mason_id  smallint NOT NULL REFERENCES mason (mason_id),
    is_lead   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (fix_id, mason_id)
);

CREATE TABLE pmt (
    pmt_id  integer PRIMARY KEY,
    ord_no  integer NOT NULL REFERENCES ord (ord_no),
    pd_dt   date NOT NULL,
    amt     numeric(10,2) NOT NULL,
    mth     char(1) NOT NULL,
    is_dep  boolean NOT NULL DEFAULT false
);

-- ================================================================ comments

COMMENT ON TABLE cust IS 'Clients: the family member who commissions the memorial (next of kin), including enquiries that never became an order';
COMMENT ON COLUMN cust.cust_nm IS 'as we address letters, e.g. Mrs J Atkinson';
COMMENT ON COLUMN cust.tel IS 'phone number; NULL = none given';
COMMENT ON COLUMN cust.email IS 'NULL = no email (many older clients)';
COMMENT ON COLUMN cust.contact_pref IS 'P = phone, E = email, L = letter by post';
COMMENT ON COLUMN cust.crt_dt IS 'date the client was first entered (first enquiry)';

COMMENT ON TABLE fun_dir IS 'Funeral directors who introduce families to us';
COMMENT ON COLUMN fun_dir.comm_pct IS 'introduction commission we pay them, % of the invoice; 0 = no commission';
COMMENT ON COLUMN fun_dir.acct_yn IS 'Y = monthly trade account: no deposit, the funeral director pays the whole invoice on their statement; N = the family pays us direct';
COMMENT ON COLUMN fun_dir.since_dt IS 'date we started working with them';
COMMENT ON COLUMN fun_dir.closed_dt IS 'date the firm closed / stopped sending work; NULL = still trading';

COMMENT ON TABLE quarry IS 'Quarries our stone comes from';
COMMENT ON COLUMN quarry.ctry IS 'ISO country code';
COMMENT ON COLUMN quarry.agent_nm IS 'UK importer we buy through; NULL = we buy direct from the quarry';
COMMENT ON COLUMN quarry.active IS 'false = we no longer buy from this quarry';

COMMENT ON COLUMN stone.mat IS 'G = granite, S = sandstone, L = limestone, T = slate, M = marble';
COMMENT ON COLUMN stone.blank_cost IS 'what a standard 36 x 24 x 3 inch headstone blank costs us delivered to the yard, GBP (current price)';
COMMENT ON COLUMN stone.in_range IS 'false = no longer offered to customers';

COMMENT ON TABLE cemetery IS 'Cemeteries and churchyards we work in, with their memorial rules';
COMMENT ON COLUMN cemetery.auth_typ IS 'C = borough / county council cemetery, P = parish or town council cemetery, D = Church of England churchyard (diocesan regulations, permit from the vicar), N = natural burial ground (flat plaques only), X = private burial ground';
COMMENT ON COLUMN cemetery.permit_fee IS 'current fee the burial authority charges for a memorial permit, GBP (half for an additional inscription)';
COMMENT ON COLUMN cemetery.lawn_only IS 'true = lawn section rules: headstones on a foundation beam only, no kerbs';
COMMENT ON COLUMN cemetery.max_ht_mm IS 'tallest memorial allowed above ground, mm';

COMMENT ON TABLE mason IS 'People at the yard';
COMMENT ON COLUMN mason.role IS 'M = mason (banker work and fixing), L = letter cutter, F = fixer, A = apprentice, O = office';
COMMENT ON COLUMN mason.left_dt IS 'last working day; NULL = still with us';
COMMENT ON COLUMN mason.day_rt IS 'day rate, GBP';

COMMENT ON TABLE ord IS 'Memorial orders (jobs), from the quote onwards; job numbers carry on from the old day book';
COMMENT ON COLUMN ord.cust_id IS 'the client (family) the job is for';
COMMENT ON COLUMN ord.fd_id IS 'funeral director who introduced the job; NULL = the family came to us direct';
COMMENT ON COLUMN ord.dec_nm IS 'name of the person commemorated (for re-lettering: the name being added)';
COMMENT ON COLUMN ord.dod IS 'date of death of that person';
COMMENT ON COLUMN ord.memo_typ IS 'H = headstone, K = kerbed memorial (headstone with kerb set), D = desk / open book memorial, P = cremation plaque / tablet, B = bespoke carved memorial, R = re-lettering (additional inscription on a memorial already in the cemetery)';
COMMENT ON COLUMN ord.stone_id IS 'stone the memorial is made from; NULL for re-lettering (the stone is already there)';
COMMENT ON COLUMN ord.orig_ord_no IS 'for re-lettering: our job that made the memorial in the first place; NULL = not ours, or made before 2024';
COMMENT ON COLUMN ord.ord_dt IS 'date the quote was written';
COMMENT ON COLUMN ord.quote_amt IS 'price quoted to the family, GBP incl. VAT (stone, lettering, fixing and the cemetery fee)';
COMMENT ON COLUMN ord.stone_cost IS 'what the stone for this job cost us, GBP; NULL for re-lettering';
COMMENT ON COLUMN ord.inv_amt IS 'final invoice, GBP; NULL = not invoiced yet';
COMMENT ON COLUMN ord.proof_ok IS 'true = the family has signed off the inscription proof';
COMMENT ON COLUMN ord.ord_st IS 'Q = quoted, not accepted yet; A = accepted, permit not applied for yet; W = waiting on the cemetery permit; M = in the workshop; R = ready, waiting for the ground to settle / a fixing date; F = fixed, job complete; X = cancelled';
COMMENT ON COLUMN ord.fixed_dt IS 'date the memorial was fixed (or the re-lettering finished); NULL = not done yet';
COMMENT ON COLUMN ord.cxl_dt IS 'date the job was cancelled; NULL = not cancelled';

COMMENT ON TABLE inscr IS 'Inscriptions on a job, priced per letter';
COMMENT ON COLUMN inscr.seq IS '1 = main inscription, 2 = second panel / verse / back of the stone';
COMMENT ON COLUMN inscr.ltr_style IS 'V = hand V-cut and painted, G = V-cut and gilded in 23ct gold leaf, S = sandblasted, L = raised lead letters';
COMMENT ON COLUMN inscr.ltr_cnt IS 'chargeable letters and figures (spaces and punctuation are not charged)';
COMMENT ON COLUMN inscr.rate_pl IS 'price per letter, GBP, from the price list of the year of the order; 0.00 = not charged (goodwill)';
COMMENT ON COLUMN inscr.cut_dt IS 'date the lettering was cut; NULL = not cut yet';
COMMENT ON COLUMN inscr.cut_by IS 'who cut it';

COMMENT ON TABLE permit IS 'Permit applications to the burial authority (council, parish or vicar); a design sent back or refused is re-applied for as a new row';
COMMENT ON COLUMN permit.fee_amt IS 'fee paid with the application, GBP';
COMMENT ON COLUMN permit.outcome IS 'G = granted, A = sent back for amendments, R = refused, P = pending (no answer yet)';
COMMENT ON COLUMN permit.dec_dt IS 'date of the answer; NULL = no answer yet';
COMMENT ON COLUMN permit.permit_ref IS 'authority''s permit number; NULL when none was issued (churchyards often just send a letter)';

COMMENT ON TABLE fixing IS 'Visits to the cemetery: fixing new memorials, taking stones down for re-lettering and bringing them back, lettering in situ, aftercare';
COMMENT ON COLUMN fixing.fix_typ IS 'N = new memorial fixed, T = taken down and brought to the yard (for re-lettering), B = brought back and re-fixed, I = lettering cut in situ in the cemetery, S = aftercare: made safe / re-levelled';
COMMENT ON COLUMN fixing.hrs IS 'hours on site, whole crew time not counted twice';
COMMENT ON COLUMN fixing.test_ok IS 'true = topple test done and certificate issued (BS 8415); false = no certificate issued; NULL = no test needed (take-downs, lettering in situ)';

COMMENT ON TABLE fix_crew IS 'Who went out on each visit';
COMMENT ON COLUMN fix_crew.is_lead IS 'true = in charge of the visit';

COMMENT ON TABLE pmt IS 'Money received from families and funeral directors, and refunds';
COMMENT ON COLUMN pmt.amt IS 'GBP; negative = refund; a waived deposit is recorded as 0.00';
COMMENT ON COLUMN pmt.mth IS 'C = card, B = bank transfer, Q = cheque, H = cash, F = paid by the funeral director on their account';
COMMENT ON COLUMN pmt.is_dep IS 'true = deposit taken when the quote was accepted';

-- ================================================================ data

INSERT INTO fun_dir (fd_id, fd_nm, town, comm_pct, acct_yn, since_dt, closed_dt) VALUES
    (1,  'J. W. Lister & Son',                'Ripon',          10.0, 'Y', date '1998-03-01', NULL),
    (2,  'Harrogate Family Funeral Service',  'Harrogate',       7.5, 'Y', date '2009-06-15', NULL),
    (3,  'Dinsdale Funeral Care',             'Masham',         10.0, 'N', date '2004-01-10', NULL),
    (4,  'Co-op Funeralcare Ripon',           'Ripon',           0.0, 'Y', date '2012-09-03', NULL),
    (5,  'T. Outhwaite & Daughters',          'Thirsk',         10.0, 'N', date '2001-05-21', NULL),
    (6,  'Knaresborough Funeral Home',        'Knaresborough',   5.0, 'N', date '2016-02-01', NULL),
    (7,  'Bedale & District Funerals',        'Bedale',          7.5, 'Y', date '2010-11-08', NULL),
    (8,  'Nidderdale Funeral Services',       'Pateley Bridge',  5.0, 'N', date '2014-04-14', NULL),
    (9,  'R. Pickersgill Funeral Directors',  'Boroughbridge',  10.0, 'N', date '1995-07-01', date '2025-06-30'),
    (10, 'Dignity Funerals Harrogate',        'Harrogate',       0.0, 'Y', date '2018-01-22', NULL),
    (11, 'A. Calvert Independent Funerals',   'Thirsk',          5.0, 'N', date '2021-03-15', NULL),
    (12, 'Wensleydale Woodland Funerals',     'Leyburn',         5.0, 'N', date '2026-11-02', NULL);

INSERT INTO quarry (quarry_id, quarry_nm, ctry, region, agent_nm, active) VALUES
    (1, 'Chimakurthi Granite Works',   'IN', 'Andhra Pradesh', 'Northern Granite Imports', true),
    (2, 'Krishnagiri Stone Exports',   'IN', 'Tamil Nadu',     'Northern Granite Imports', true),
    (3, 'Rustenburg Granite',          'ZA', 'North West',     'Cape Stone UK',            true),
    (4, 'Xiamen Fujian Stone Co',      'CN', 'Fujian',         'Pennine Memorial Supplies', true),
    (5, 'Blackhill Delph',             'GB', 'West Yorkshire', NULL,                       true),
    (6, 'Langdale Green Slate Co',     'GB', 'Cumbria',        NULL,                       true),
    (7, 'Bowers Portland Quarry',      'GB', 'Dorset',         NULL,                       true),
    (8, 'Carrara Marmi Sud',           'IT', 'Tuscany',        'Pennine Memorial Supplies', false),
    (9, 'Bohus Granit',                'SE', 'Bohuslan',       'Cape Stone UK',            true);

INSERT INTO stone (stone_id, stone_nm, quarry_id, mat, blank_cost, in_range) VALUES
    (1,  'Absolute Black',          1, 'G', 310.00, true),
    (2,  'Star Galaxy',             1, 'G', 365.00, true),
    (3,  'Ruby Red',                2, 'G', 340.00, true),
    (4,  'Kashmir White',           2, 'G', 295.00, true),
    (5,  'Himalayan Blue',          2, 'G', 330.00, true),
    (6,  'Rustenburg Grey',         3, 'G', 355.00, true),
    (7,  'Nero Impala',             3, 'G', 380.00, true),
    (8,  'G654 Padang Dark',        4, 'G', 210.00, true),
    (9,  'Shanxi Black',            4, 'G', 245.00, true),
    (10, 'G603 Silver Grey',        4, 'G', 185.00, false),
    (11, 'Yorkstone (buff)',        5, 'S', 260.00, true),
    (12, 'Yorkstone (riven grey)',  5, 'S', 240.00, true),
    (13, 'Westmorland Green Slate', 6, 'T', 420.00, true),
    (14, 'Blue-Grey Slate',         6, 'T', 385.00, true),
    (15, 'Portland Whitbed',        7, 'L', 330.00, true),
    (16, 'Portland Basebed',        7, 'L', 300.00, true),
    (17, 'Carrara White',           8, 'M', 450.00, false),
    (18, 'Statuario',               8, 'M', 690.00, false);

INSERT INTO cemetery (cem_id, cem_nm, town, auth_typ, permit_fee, lawn_only, max_ht_mm) VALUES
    (1,  'Ripon Cemetery',                         'Ripon',            'C', 165.00, true,  1070),
    (2,  'Grove Road Cemetery',                    'Harrogate',        'C', 198.00, true,  1220),
    (3,  'Stonefall Cemetery',                     'Harrogate',        'C', 198.00, true,  1070),
    (4,  'Knaresborough Cemetery',                 'Knaresborough',    'C', 172.00, true,  1070),
    (5,  'Thirsk Cemetery',                        'Thirsk',           'P', 120.00, false, 1220),
    (6,  'Masham Cemetery',                        'Masham',           'P',  85.00, false, 1070),
    (7,  'Boroughbridge Cemetery',                 'Boroughbridge',    'P',  95.00, false, 1070),
    (8,  'Bedale Cemetery',                        'Bedale',           'P', 110.00, true,  1070),
    (9,  'Pateley Bridge Cemetery',                'Pateley Bridge',   'P',  90.00, false, 1220),
    (10, 'Holy Trinity Churchyard',                'Ripon',            'D', 147.00, false, 1200),
    (11, 'St Mary''s Churchyard, West Tanfield',   'West Tanfield',    'D', 147.00, false, 1200),
    (12, 'All Saints Churchyard',                  'Kirkby Malzeard',  'D', 147.00, false, 1200),
    (13, 'St Andrew''s Churchyard',                'Aldborough',       'D', 147.00, false, 1200),
    (14, 'St Gregory''s Churchyard',               'Bedale',           'D', 147.00, false, 1200),
    (15, 'St John''s Churchyard',                  'Sharow',           'D', 147.00, false, 1200),
    (16, 'St Mary''s Churchyard, Masham',          'Masham',           'D', 147.00, false, 1200),
    (17, 'St Cuthbert''s Churchyard',              'Pateley Bridge',   'D', 147.00, false, 1200),
    (18, 'St Michael''s Churchyard',               'Well',             'D', 147.00, false, 1200),
    (19, 'St Mary the Virgin Churchyard',          'Thirsk',           'D', 147.00, false, 1200),
    (20, 'Stonefall Crematorium Memorial Garden',  'Harrogate',        'C',  75.00, true,   600),
    (21, 'St John''s Churchyard, Knaresborough',   'Knaresborough',    'D', 147.00, false, 1200),
    (22, 'Great Ouseburn Cemetery',                'Great Ouseburn',   'P',  80.00, false, 1070),
    (23, 'Sleningford Private Burial Ground',      'North Stainley',   'X',   0.00, false, 1500),
    (24, 'Nidderdale Meadow Natural Burial Ground','Darley',           'N',  60.00, true,   300);

INSERT INTO mason (mason_id, mason_nm, role, start_dt, left_dt, day_rt) VALUES
    (1, 'Stephen Hallam',  'M', date '2005-04-04', NULL,              220.00),
    (2, 'Rachel Pryce',    'L', date '2008-09-01', NULL,              210.00),
    (3, 'Dave Kitching',   'F', date '2013-03-11', NULL,              175.00),
    (4, 'Owen Metcalfe',   'M', date '2017-06-05', NULL,              185.00),
    (5, 'Kieran Lister',   'A', date '2025-02-03', NULL,               98.00),
    (6, 'Gary Dinsdale',   'F', date '2011-10-17', date '2025-08-29', 170.00),
    (7, 'Tom Verity',      'F', date '2025-09-08', NULL,              165.00),
    (8, 'Janet Sowerby',   'O', date '2015-01-12', NULL,              120.00),
    (9, 'Lewis Hebden',    'A', date '2026-11-02', NULL,               92.00);

-- clients: 960, of which those above 900 (and a few others) are enquiries that never became a job
INSERT INTO cust (cust_id, cust_nm, town, tel, email, contact_pref, crt_dt)
SELECT c,
       ttl || ' ' || ini || ' ' || sn,
       CASE WHEN c % 29 = 0 THEN NULL
            ELSE (ARRAY['Ripon','Ripon','Ripon','Harrogate','Harrogate','Knaresborough','Thirsk','Masham',
                        'Bedale','Boroughbridge','Pateley Bridge','Kirkby Malzeard','West Tanfield','York','Leeds','Northallerton'])[1 + (c * 7) % 16] END,
       CASE WHEN c % 31 = 0 THEN NULL
            WHEN c % 3 = 0 THEN '01765 ' || lpad(((c::bigint * 7919) % 1000000)::text, 6, '0')
            ELSE '07' || lpad(((c::bigint * 982451) % 1000000000)::text, 9, '0') END,
       CASE WHEN c % 5 IN (0, 3) THEN NULL
            ELSE lower(left(ini, 1)) || lower(sn) || (c % 89)::text || '@'
                 || (ARRAY['btinternet.com','gmail.com','hotmail.co.uk','yahoo.co.uk','outlook.com'])[1 + c % 5] END,
       CASE WHEN c % 11 = 0 THEN 'L' WHEN c % 5 NOT IN (0, 3) AND c % 3 <> 0 THEN 'E' ELSE 'P' END,
       date '2024-01-02' + (c * 37) % 1060
FROM (
    SELECT c,
           (ARRAY['Mrs','Mr','Mrs','Mr','Ms','Miss','Mr & Mrs','Dr','Mrs','Mr','Rev'])[1 + (c * 5) % 11] AS ttl,
           (ARRAY['A','B','C','D','E','G','H','J','K','L','M','P','R','S','T','W'])[1 + (c * 3) % 16] AS ini,
           (ARRAY['Atkinson','Metcalfe','Dinsdale','Harrison','Thwaites','Robinson','Hebden','Kitching','Sowerby','Lister',
                  'Raw','Pickersgill','Ward','Calvert','Hutchinson','Bell','Holmes','Dawson','Wood','Abbott',
                  'Fawcett','Outhwaite','Pratt','Teasdale','Bainbridge','Scaife','Hodgson','Ellis','Jackson','Nelson','Coates'])[1 + (c * 13) % 31] AS sn
    FROM generate_series(1, 960) AS c
) n;

-- jobs
INSERT INTO ord (ord_no, cust_id, fd_id, cem_id, dec_nm, dod, memo_typ, stone_id, orig_ord_no, ord_dt,
                 quote_amt, stone_cost, inv_amt, proof_ok, ord_st, fixed_dt, cxl_dt)
WITH g AS (
    SELECT n,
           date '2024-01-03' + floor(1061 * power(n / 1180.0, 0.93))::int AS d0,
           abs(hashtext('ord:' || n)) AS h,
           abs(hashtext('fd:' || n)) AS hf,
           abs(hashtext('cem:' || n)) AS hc,
           abs(hashtext('cxl:' || n)) AS hx
    FROM generate_series(1, 1180) AS n
), t AS (
    SELECT g.*,
           d0 + CASE WHEN extract(isodow FROM d0) = 7 THEN 1 ELSE 0 END AS od,
           CASE WHEN h % 1000 < 450 THEN 'H' WHEN h % 1000 < 570 THEN 'K' WHEN h % 1000 < 650 THEN 'D'
                WHEN h % 1000 < 770 THEN 'P' WHEN h % 1000 < 990 THEN 'R' ELSE 'B' END AS mt,
           1 + (n * 613) % 900 AS cid
    FROM g
), c AS (
    SELECT t.*,
           CASE WHEN mt = 'P' AND hc % 100 < 45 THEN 20
                WHEN mt = 'P' AND hc % 100 < 55 THEN 24
                ELSE (ARRAY[1,1,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,5,5,5,6,6,7,7,8,8,9,10,10,11,
                            12,13,14,15,16,17,18,19,21,22])[1 + (hc / 100) % 40] END AS cem,
           CASE WHEN hf % 100 < 56
                THEN (ARRAY[1,1,1,1,1,2,2,2,2,3,3,3,4,4,5,5,5,6,7,7,8,9,9,10,11])[1 + (hf / 100) % 25] END AS fd0,
           od >= date '2026-10-20' AND h % 3 = 0 AS is_quote
    FROM t
)
SELECT 5000 + n,
       cid,
       CASE WHEN fd0 = 9 AND od > date '2025-06-30' THEN 4 ELSE fd0 END,
       cem,
       (ARRAY['Margaret','John','Dorothy','William','Joan','George','Mary','Kenneth','Jean','Peter','Barbara','Brian',
              'Betty','Derek','Eileen','Ronald','Shirley','Alan','Edna','Frank','Sheila','David','Irene','Roy'])[1 + (h / 1000) % 24]
           || ' ' || regexp_replace(cu.cust_nm, '^.* ', ''),
       od - (14 + (h / 7) % 180),
       mt,
       CASE WHEN mt = 'R' THEN NULL
            WHEN od < date '2024-07-01' AND h % 11 = 0 THEN 10
            WHEN od < date '2024-10-01' AND h % 23 = 0 AND cm.auth_typ <> 'D' THEN 17
            WHEN cm.auth_typ = 'D' THEN (ARRAY[11,11,11,12,12,13,13,13,14,14,15,15,16,11,12,1])[1 + (h / 13) % 16]
            WHEN cm.auth_typ = 'N' THEN (ARRAY[11,12,13,14])[1 + (h / 13) % 4]
            ELSE (ARRAY[1,1,1,1,1,1,2,2,2,3,3,4,6,7,7,8,8,9,9,11,13,15,1,9])[1 + (h / 13) % 24] END,
       NULL,
       od,
       0, NULL, NULL, false,
       CASE WHEN is_quote THEN 'Q' ELSE 'A' END,
       NULL,
       CASE WHEN hx % 100 < 6 AND NOT is_quote AND od + 8 + (hx / 100) % 90 <= date '2026-11-30'
            THEN od + 8 + (hx / 100) % 90 END
FROM c
JOIN cust cu ON cu.cust_id = c.cid
JOIN cemetery cm ON cm.cem_id = c.cem;

-- re-lettering of memorials we made ourselves: same cemetery, usually the same family
UPDATE ord r SET orig_ord_no = x.orig
FROM (
    SELECT r2.ord_no,
           (SELECT max(o2.ord_no) FROM ord o2
             WHERE o2.memo_typ IN ('H','K','D') AND o2.cxl_dt IS NULL
               AND o2.ord_no < r2.ord_no - 400 AND o2.ord_no % 7 = r2.ord_no % 7) AS orig
    FROM ord r2
    WHERE r2.memo_typ = 'R' AND r2.ord_no % 4 = 0
) x
WHERE r.ord_no = x.ord_no AND x.orig IS NOT NULL;

UPDATE ord r SET cem_id = o.cem_id,
                 cust_id = CASE WHEN r.ord_no % 3 = 0 THEN r.cust_id ELSE o.cust_id END
FROM ord o
WHERE o.ord_no = r.orig_ord_no;

-- permit applications (a second application after a design is sent back or refused)
INSERT INTO permit (permit_id, ord_no, appl_dt, fee_amt, outcome, dec_dt, permit_ref)
WITH b AS (
    SELECT o.ord_no, o.ord_dt, o.cxl_dt, o.memo_typ, c.auth_typ, c.town, c.permit_fee, s.mat,
           abs(hashtext('prm:' || o.ord_no)) AS hp
    FROM ord o
    JOIN cemetery c ON c.cem_id = o.cem_id
    LEFT JOIN stone s ON s.stone_id = o.stone_id
    WHERE o.ord_st <> 'Q'
), a AS (
    SELECT b.*,
           ord_dt + 8 + hp % 24 AS appl1,
           CASE WHEN auth_typ = 'D' AND mat = 'G'
                    THEN CASE WHEN (hp / 1000) % 100 < 60 THEN 'R' WHEN (hp / 1000) % 100 < 85 THEN 'A' ELSE 'G' END
                WHEN auth_typ = 'D'
                    THEN CASE WHEN (hp / 1000) % 100 < 72 THEN 'G' WHEN (hp / 1000) % 100 < 88 THEN 'A'
                              WHEN (hp / 1000) % 100 < 93 THEN 'R' ELSE 'G' END
                ELSE CASE WHEN (hp / 1000) % 100 < 86 THEN 'G' WHEN (hp / 1000) % 100 < 94 THEN 'A'
                          WHEN (hp / 1000) % 100 < 97 THEN 'R' ELSE 'G' END
           END AS out1,
           4 + (hp / 24) % 38 + CASE WHEN auth_typ = 'D' THEN 12 ELSE 0 END AS wait1,
           6 + (hp / 7) % 21 AS gap2,
           5 + (hp / 13) % 25 AS wait2
    FROM b
), r AS (
    SELECT ord_no, 1 AS k, appl1 AS appl,
           CASE WHEN appl1 + wait1 <= date '2026-11-30' THEN out1 ELSE 'P' END AS outc,
           CASE WHEN appl1 + wait1 <= date '2026-11-30' THEN appl1 + wait1 END AS dec,
           memo_typ, auth_typ, town, permit_fee, hp
    FROM a
    WHERE appl1 <= date '2026-11-30' AND (cxl_dt IS NULL OR appl1 <= cxl_dt)
    UNION ALL
    SELECT ord_no, 2, appl1 + wait1 + gap2,
           CASE WHEN appl1 + wait1 + gap2 + wait2 <= date '2026-11-30' THEN 'G' ELSE 'P' END,
           CASE WHEN appl1 + wait1 + gap2 + wait2 <= date '2026-11-30' THEN appl1 + wait1 + gap2 + wait2 END,
           memo_typ, auth_typ, town, permit_fee, hp
    FROM a
    WHERE out1 IN ('A','R') AND NOT (out1 = 'R' AND hp % 3 = 0)
      AND appl1 + wait1 + gap2 <= date '2026-11-30'
      AND (cxl_dt IS NULL OR appl1 + wait1 + gap2 <= cxl_dt)
)
SELECT row_number() OVER (ORDER BY appl, ord_no, k),
       ord_no, appl,
       round(permit_fee * CASE WHEN memo_typ = 'R' THEN 0.5 ELSE 1 END
                        * CASE extract(year FROM appl) WHEN 2024 THEN 0.92 WHEN 2025 THEN 0.96 ELSE 1 END, 2),
       outc, dec,
       CASE WHEN outc = 'G' AND NOT (auth_typ = 'D' AND hp % 2 = 0)
            THEN upper(left(replace(town, ' ', ''), 3)) || '/' || extract(year FROM dec)::int || '/' || lpad((hp % 9000 + 100)::text, 4, '0') END
FROM r;

-- black granite refused in a churchyard and then granted: the family went for a local stone instead
UPDATE ord o SET stone_id = CASE WHEN o.ord_no % 2 = 0 THEN 12 ELSE 13 END
FROM stone s, cemetery c
WHERE s.stone_id = o.stone_id AND c.cem_id = o.cem_id AND s.mat = 'G' AND c.auth_typ = 'D'
  AND EXISTS (SELECT 1 FROM permit p WHERE p.ord_no = o.ord_no AND p.outcome = 'R')
  AND EXISTS (SELECT 1 FROM permit p WHERE p.ord_no = o.ord_no AND p.outcome = 'G');

-- refused and not re-applied for: the family cancelled
UPDATE ord o SET cxl_dt = p.dec_dt + 5 + o.ord_no % 20
FROM permit p
WHERE p.ord_no = o.ord_no AND p.outcome = 'R' AND o.cxl_dt IS NULL
  AND NOT EXISTS (SELECT 1 FROM permit q WHERE q.ord_no = o.ord_no AND q.appl_dt > p.appl_dt)
  AND p.dec_dt + 5 + o.ord_no % 20 <= date '2026-11-30';

-- inscriptions (half the open quotes have no wording yet)
INSERT INTO inscr (inscr_id, ord_no, seq, ltr_style, ltr_cnt, rate_pl, cut_dt, cut_by)
WITH o AS (
    SELECT o.ord_no, o.ord_dt, o.memo_typ, s.mat, abs(hashtext('ins:' || o.ord_no)) AS hi
    FROM ord o LEFT JOIN stone s ON s.stone_id = o.stone_id
    WHERE NOT (o.ord_st = 'Q' AND o.ord_no % 2 = 0)
), r AS (
    SELECT o.*, 1 AS seq FROM o
    UNION ALL
    SELECT o.*, 2 FROM o WHERE memo_typ IN ('H','K','B') AND hi % 10 < 3
), st AS (
    SELECT r.*,
           CASE WHEN memo_typ = 'R' THEN CASE WHEN (hi / 10) % 1000 < 500 THEN 'V' ELSE 'G' END
                WHEN (hi / 10) % 1000 < 12 THEN 'L'
                WHEN mat IN ('G','M') THEN CASE WHEN (hi / 10) % 1000 < 470 THEN 'G' WHEN (hi / 10) % 1000 < 800 THEN 'V' ELSE 'S' END
                ELSE CASE WHEN (hi / 10) % 1000 < 560 THEN 'V' WHEN (hi / 10) % 1000 < 780 THEN 'G' ELSE 'S' END
           END AS sty,
           CASE WHEN seq = 2 THEN 20 + (hi / 100) % 60
                ELSE CASE memo_typ WHEN 'H' THEN 60 + (hi / 10000) % 160 WHEN 'K' THEN 80 + (hi / 10000) % 180
                                   WHEN 'D' THEN 50 + (hi / 10000) % 110 WHEN 'P' THEN 25 + (hi / 10000) % 65
                                   WHEN 'R' THEN 18 + (hi / 10000) % 52 ELSE 40 + (hi / 10000) % 110 END
           END AS cnt,
           extract(year FROM ord_dt)::int AS yr
    FROM r
)
SELECT row_number() OVER (ORDER BY ord_no, seq),
       ord_no, seq, sty, cnt,
       CASE WHEN seq = 2 AND ord_no % 13 = 0 THEN 0.00
            ELSE CASE sty WHEN 'V' THEN (ARRAY[3.20, 3.40, 3.60])[yr - 2023]
                          WHEN 'G' THEN (ARRAY[4.60, 4.90, 5.20])[yr - 2023]
                          WHEN 'S' THEN (ARRAY[2.40, 2.50, 2.60])[yr - 2023]
                          ELSE (ARRAY[9.50, 9.50, 10.50])[yr - 2023] END
       END,
       NULL, NULL
FROM st;

-- what the stone cost us, and the quote
UPDATE ord o SET stone_cost = round(s.blank_cost
        * CASE o.memo_typ WHEN 'H' THEN 1.0 WHEN 'K' THEN 2.3 WHEN 'D' THEN 0.8 WHEN 'P' THEN 0.35 ELSE 3.0 END
        * CASE extract(year FROM o.ord_dt) WHEN 2024 THEN 0.92 WHEN 2025 THEN 0.96 ELSE 1.0 END, 2)
FROM stone s
WHERE s.stone_id = o.stone_id;

UPDATE ord o SET quote_amt = round(
        CASE o.memo_typ WHEN 'H' THEN 950 + (z.hq % 9) * 85
                        WHEN 'K' THEN 2600 + (z.hq % 11) * 140
                        WHEN 'D' THEN 780 + (z.hq % 7) * 60
                        WHEN 'P' THEN 210 + (z.hq % 6) * 35
                        WHEN 'R' THEN 95 + CASE WHEN abs(hashtext('rl:' || o.ord_no)) % 5 < 2 THEN 180 ELSE 0 END
                        ELSE 3800 + (z.hq % 13) * 250 END
        + coalesce(o.stone_cost, 0) * 1.9
        + coalesce((SELECT sum(i.ltr_cnt * i.rate_pl) FROM inscr i WHERE i.ord_no = o.ord_no), 600)
        + c.permit_fee)
FROM cemetery c, (SELECT ord_no, abs(hashtext('q:' || ord_no)) AS hq FROM ord) z
WHERE c.cem_id = o.cem_id AND z.ord_no = o.ord_no;

-- fixing dates and where each job stands at the cut-off
UPDATE ord o SET fixed_dt = CASE WHEN o.cxl_dt IS NULL AND x.due <= date '2026-11-30' THEN x.due END,
                 ord_st = CASE WHEN o.cxl_dt IS NOT NULL THEN 'X'
                               WHEN o.ord_st = 'Q' THEN 'Q'
                               WHEN x.due <= date '2026-11-30' THEN 'F'
                               WHEN x.n_app IS NULL THEN 'A'
                               WHEN x.grant_dt IS NULL THEN 'W'
                               WHEN x.due - date '2026-11-30' <= 45 THEN 'R'
                               ELSE 'M' END
FROM (
    SELECT y.ord_no, y.grant_dt, y.n_app,
           y.due0 + CASE extract(isodow FROM y.due0) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS due
    FROM (
        SELECT o2.ord_no, gr.grant_dt, gr.n_app,
               CASE WHEN gr.grant_dt IS NULL THEN NULL
                    WHEN o2.memo_typ = 'R' AND abs(hashtext('rl:' || o2.ord_no)) % 5 < 2
                        THEN greatest(o2.ord_dt + 30 + hz % 60, gr.grant_dt + 35 + hz % 25)
                    WHEN o2.memo_typ = 'R'
                        THEN greatest(o2.ord_dt + 15 + hz % 60, gr.grant_dt + 10 + hz % 25)
                    ELSE greatest(o2.dod + CASE o2.memo_typ WHEN 'H' THEN 150 WHEN 'K' THEN 180 WHEN 'D' THEN 150
                                                            WHEN 'P' THEN 20 ELSE 200 END
                                         + CASE WHEN o2.memo_typ = 'P' THEN hz % 50 ELSE hz % 150 END,
                                  gr.grant_dt + 10 + hz % 25)
               END AS due0
        FROM (SELECT ord.*, abs(hashtext('fix:' || ord_no)) AS hz FROM ord) o2
        LEFT JOIN (SELECT ord_no, max(dec_dt) FILTER (WHERE outcome = 'G') AS grant_dt, count(*) AS n_app
                   FROM permit GROUP BY ord_no) gr ON gr.ord_no = o2.ord_no
    ) y
) x
WHERE x.ord_no = o.ord_no;

UPDATE ord SET proof_ok = (ord_st IN ('F','R','M') OR (ord_st IN ('A','W','X') AND ord_no % 3 <> 0));

-- final invoices (sent the Monday after fixing; the last week is not invoiced yet)
UPDATE ord o SET inv_amt = o.quote_amt
        + CASE WHEN z.hv % 100 < 11 AND o.memo_typ = 'R' THEN 20 + ((z.hv / 100) % 6) * 10
               WHEN z.hv % 100 < 11 THEN 45 + ((z.hv / 100) % 6) * 40
               WHEN z.hv % 100 < 15 THEN -(25 + ((z.hv / 100) % 5) * 25)
               ELSE 0 END
FROM (SELECT ord_no, abs(hashtext('inv:' || ord_no)) AS hv FROM ord) z
WHERE z.ord_no = o.ord_no AND o.ord_st = 'F' AND o.fixed_dt <= date '2026-11-23';

-- cemetery visits
INSERT INTO fixing (fix_id, ord_no, fix_dt, fix_typ, hrs, test_ok, notes)
WITH o AS (
    SELECT ord_no, memo_typ, fixed_dt, abs(hashtext('fx:' || ord_no)) AS hv,
           abs(hashtext('rl:' || ord_no)) % 5 < 2 AS takeaway
    FROM ord WHERE ord_st = 'F'
), v AS (
    SELECT ord_no, fixed_dt AS d, CASE WHEN memo_typ <> 'R' THEN 'N' WHEN takeaway THEN 'B' ELSE 'I' END AS typ, memo_typ, hv FROM o
    UNION ALL
    SELECT ord_no, (fixed_dt - 14 - hv % 14) - CASE extract(isodow FROM fixed_dt - 14 - hv % 14) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END,
           'T', memo_typ, hv
    FROM o WHERE memo_typ = 'R' AND takeaway
    UNION ALL
    SELECT ord_no, (fixed_dt + 180 + hv % 300) + CASE extract(isodow FROM fixed_dt + 180 + hv % 300) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END,
           'S', memo_typ, hv
    FROM o WHERE memo_typ IN ('H','K','D','B') AND ord_no % 19 = 0 AND fixed_dt + 180 + hv % 300 <= date '2026-11-28'
)
SELECT row_number() OVER (ORDER BY d, ord_no, typ),
       ord_no, d, typ,
       CASE typ WHEN 'N' THEN CASE memo_typ WHEN 'H' THEN 3.5 + (hv % 5) * 0.5 WHEN 'K' THEN 6 + (hv % 13) * 0.5
                                            WHEN 'D' THEN 3 + (hv % 5) * 0.5 WHEN 'P' THEN 1 + (hv % 4) * 0.5
                                            ELSE 6 + (hv % 9) * 0.5 END
                WHEN 'I' THEN 4 + (hv % 11) * 0.5
                WHEN 'T' THEN 2 + (hv % 3) * 0.5
                WHEN 'B' THEN 2.5 + (hv % 3) * 0.5
                ELSE 1.5 + (hv % 4) * 0.5 END,
       CASE WHEN typ IN ('T','I') THEN NULL
            WHEN typ = 'S' THEN true
            ELSE (hv / 100) % 100 >= 6 END,
       CASE WHEN typ = 'S' THEN 'aftercare visit, no charge'
            WHEN hv % 31 = 0 THEN 'ground waterlogged - came back next day'
            WHEN hv % 37 = 0 AND typ = 'N' THEN 'foundation beam re-set'
            WHEN hv % 41 = 0 THEN 'neighbouring memorial leaning, reported to the cemetery office' END
FROM v;

-- who went out: employment dates respected; lettering in situ is one person
INSERT INTO fix_crew (fix_id, mason_id, is_lead)
WITH f AS (
    SELECT f.fix_id, f.ord_no, f.fix_typ, f.fix_dt, o.memo_typ,
           abs(hashtext('crew:' || f.fix_id)) AS hf,
           CASE WHEN f.fix_dt < date '2025-02-03' THEN ARRAY[1,3,4,6]
                WHEN f.fix_dt <= date '2025-08-29' THEN ARRAY[1,3,4,5,6]
                WHEN f.fix_dt < date '2025-09-08' THEN ARRAY[1,3,4,5]
                ELSE ARRAY[1,3,4,5,7] END AS pool
    FROM fixing f JOIN ord o ON o.ord_no = f.ord_no
), l AS (
    SELECT f.*,
           CASE WHEN fix_typ = 'I' THEN CASE WHEN ord_no % 4 = 0 THEN 4 ELSE 2 END
                ELSE (ARRAY[3,3,4,4,1])[1 + hf % 5] END AS lead
    FROM f
), m AS (
    SELECT l.*, array_remove(pool, lead) AS mates FROM l
), m2 AS (
    SELECT m.*,
           CASE WHEN fix_typ = 'I' OR (fix_typ = 'S' AND hf % 2 = 0) THEN NULL
                ELSE mates[1 + (hf / 5) % cardinality(mates)] END AS mate
    FROM m
), m3 AS (
    SELECT m2.*,
           CASE WHEN fix_typ = 'N' AND memo_typ IN ('K','B')
                THEN (array_remove(mates, mate))[1 + (hf / 50) % (cardinality(mates) - 1)] END AS third
    FROM m2
)
SELECT fix_id, lead, true FROM m3
UNION ALL
SELECT fix_id, mate, false FROM m3 WHERE mate IS NOT NULL
UNION ALL
SELECT fix_id, third, false FROM m3 WHERE third IS NOT NULL;

-- lettering cut dates
UPDATE inscr i SET cut_dt = x.cd,
                   cut_by = CASE WHEN x.cd IS NULL THEN NULL
                                 WHEN x.memo_typ = 'R' AND NOT x.takeaway THEN CASE WHEN x.ord_no % 4 = 0 THEN 4 ELSE 2 END
                                 WHEN (x.hk / 100) % 20 < 11 THEN 2
                                 WHEN (x.hk / 100) % 20 < 16 THEN 4
                                 WHEN (x.hk / 100) % 20 < 19 THEN 1
                                 WHEN x.cd >= date '2025-02-03' THEN 5
                                 ELSE 4 END
FROM (
    SELECT i2.inscr_id, o.ord_no, o.memo_typ, hk, takeaway,
           CASE WHEN o.ord_st = 'F' AND o.memo_typ = 'R' AND NOT takeaway THEN o.fixed_dt
                WHEN o.ord_st = 'F' AND o.memo_typ = 'R' THEN o.fixed_dt - 3 - hk % 7
                WHEN o.ord_st = 'F' THEN greatest(o.ord_dt + 10, o.fixed_dt - 4 - hk % 25)
                WHEN o.ord_st = 'R' AND o.memo_typ <> 'R' AND o.ord_dt + 20 <= date '2026-11-30'
                    THEN greatest(o.ord_dt + 20, date '2026-11-30' - hk % 40)
           END AS cd
    FROM inscr i2
    JOIN (SELECT ord.*, abs(hashtext('cut:' || ord_no)) AS hk, abs(hashtext('rl:' || ord_no)) % 5 < 2 AS takeaway FROM ord) o
      ON o.ord_no = i2.ord_no
) x
WHERE x.inscr_id = i.inscr_id;

-- money in (and refunds)
INSERT INTO pmt (pmt_id, ord_no, pd_dt, amt, mth, is_dep)
WITH o AS (
    SELECT o.*, coalesce(f.acct_yn, 'N') = 'Y' AS on_acct, abs(hashtext('pay:' || o.ord_no)) AS hy,
           EXISTS (SELECT 1 FROM permit p WHERE p.ord_no = o.ord_no) AS has_permit,
           EXISTS (SELECT 1 FROM permit p WHERE p.ord_no = o.ord_no AND p.outcome = 'G' AND p.dec_dt <= o.cxl_dt) AS granted_before_cxl
    FROM ord o LEFT JOIN fun_dir f ON f.fd_id = o.fd_id
    WHERE o.ord_st <> 'Q'
), d AS (
    SELECT o.*,
           CASE WHEN ord_no % 53 = 0 THEN 0
                ELSE round(quote_amt * CASE WHEN hy % 4 = 0 THEN 0.3 ELSE 0.5 END / 10) * 10 END AS dep,
           (ARRAY['C','C','C','C','B','B','B','Q','Q','H'])[1 + (hy / 10) % 10] AS m1,
           (ARRAY['C','C','C','B','B','B','B','Q','Q','H'])[1 + (hy / 1000) % 10] AS m2
    FROM o
    WHERE NOT on_acct AND NOT (ord_st = 'X' AND NOT has_permit AND cxl_dt - ord_dt < 25)
), pay AS (
    SELECT ord_no, least(ord_dt + hy % 6, date '2026-11-30') AS pd, dep AS amt, m1 AS mth, true AS is_dep, 1 AS k FROM d
    UNION ALL
    SELECT ord_no, fixed_dt + 4 + (hy / 7) % 45, inv_amt - dep, m2, false, 2 FROM d
    WHERE inv_amt IS NOT NULL AND hy % 100 >= 7 AND hy % 17 <> 0 AND fixed_dt + 4 + (hy / 7) % 45 <= date '2026-11-30'
    UNION ALL
    SELECT ord_no, fixed_dt + 4 + (hy / 7) % 45, round((inv_amt - dep) / 2, 2), m2, false, 2 FROM d
    WHERE inv_amt IS NOT NULL AND hy % 100 >= 7 AND hy % 17 = 0 AND fixed_dt + 4 + (hy / 7) % 45 <= date '2026-11-30'
    UNION ALL
    SELECT ord_no, fixed_dt + 34 + (hy / 7) % 45, (inv_amt - dep) - round((inv_amt - dep) / 2, 2), m2, false, 3 FROM d
    WHERE inv_amt IS NOT NULL AND hy % 100 >= 7 AND hy % 17 = 0 AND fixed_dt + 34 + (hy / 7) % 45 <= date '2026-11-30'
    UNION ALL
    SELECT ord_no, cxl_dt + 3 + hy % 15, -dep, CASE WHEN m1 = 'H' THEN 'B' ELSE m1 END, false, 4 FROM d
    WHERE ord_st = 'X' AND dep > 0 AND NOT granted_before_cxl AND hy % 3 <> 0 AND cxl_dt + 3 + hy % 15 <= date '2026-11-30'
    UNION ALL
    SELECT ord_no, fixed_dt + 30 + hy % 40, inv_amt, 'F', false, 5 FROM o
    WHERE on_acct AND inv_amt IS NOT NULL AND hy % 100 >= 4 AND fixed_dt + 30 + hy % 40 <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY pd, ord_no, k), ord_no, pd, amt, mth, is_dep
FROM pay;

-- a client record is made at the first enquiry
UPDATE cust c SET crt_dt = greatest(date '2024-01-02', m.first_dt - c.cust_id % 9)
FROM (SELECT cust_id, min(ord_dt) AS first_dt FROM ord GROUP BY cust_id) m
WHERE m.cust_id = c.cust_id;
