-- Made-up schema: a fine-art and collectables auction house (specialists grouped in departments,
-- sales = auction events, consignors = sellers, lots, bidders and their sale registrations,
-- bids, invoices for hammered lots, payments). Legacy naming, coded columns explained in
-- COMMENT ON COLUMN. Links without a declared FK: lot_mst.spec_id -> specialist.spec_id,
-- bid_evt.bdr_id -> bidder.bdr_id, pymt.inv_no -> inv_hdr.inv_no.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off
-- is 2025-11-30: the two sales dated after it have not been held yet (lots not yet offered).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pymt;
DROP TABLE IF EXISTS inv_hdr;
DROP TABLE IF EXISTS bid_evt;
DROP TABLE IF EXISTS sale_reg;
DROP TABLE IF EXISTS bidder;
DROP TABLE IF EXISTS lot_mst;
DROP TABLE IF EXISTS consignor;
DROP TABLE IF EXISTS sale_evt;
DROP TABLE IF EXISTS specialist;

-- ---------------------------------------------------------------- specialist (staff)
CREATE TABLE specialist (
    spec_id      integer PRIMARY KEY,
    spec_nm      text NOT NULL,
    dept_cd      char(3) NOT NULL,
    email        text NOT NULL,
    is_dept_head boolean NOT NULL DEFAULT false,
    joined_on    date NOT NULL,
    left_on      date
);
COMMENT ON TABLE specialist IS 'Specialists (auction house experts) and the department they work in';
COMMENT ON COLUMN specialist.dept_cd IS 'department: OMP = Old Master paintings, IMP = Impressionist & Modern art, CON = Contemporary art, JWL = jewellery, WAT = watches, WIN = wine & spirits, ASN = Asian art, BKM = books & manuscripts';
COMMENT ON COLUMN specialist.left_on IS 'last working day; NULL = still with the firm';

INSERT INTO specialist (spec_id, spec_nm, dept_cd, email, is_dept_head, joined_on, left_on)
SELECT g,
       fn || ' ' || ln,
       (ARRAY['OMP','IMP','CON','JWL','WAT','WIN','ASN','BKM'])[1 + (g - 1) / 3],
       lower(left(fn, 1) || ln) || '@harcourt-auctions.example',
       (g - 1) % 3 = 0,
       date '2009-04-01' + g * 211,
       CASE WHEN g IN (8, 17) THEN date '2025-06-30' END
FROM (
    SELECT g,
           (ARRAY['Amelia','Henry','Charlotte','Rupert','Isabel','Marcus','Sophie','Julian','Harriet','Felix',
                  'Eleanor','Oscar','Beatrice','Tobias','Clara','Hugo','Lucia','Edmund','Yuki','Wen',
                  'Matilda','Alistair','Rosalind','Piers'])[g] AS fn,
           (ARRAY['Fairfax','Whitcombe','Ashdown','Pemberton','Lacey','Delacroix','Brandt','Okafor','Templeton','Moreau',
                  'Hastings','Lindqvist','Carrington','Vance','Iyer','Ashworth','Bellini','Stroud','Tanaka','Zhou',
                  'Holloway','Drummond','Kerr','Sinclair'])[g] AS ln
    FROM generate_series(1, 24) AS g
) s;

-- ---------------------------------------------------------------- sale_evt (auction sales)
CREATE TABLE sale_evt (
    sale_id    integer PRIMARY KEY,
    sale_cd    varchar(8) NOT NULL UNIQUE,
    sale_ttl   text NOT NULL,
    dept_cd    char(3) NOT NULL,
    loc_cd     char(3) NOT NULL,
    sale_dt    date NOT NULL,
    sale_fmt   char(1) NOT NULL,
    is_evening boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE sale_evt IS 'Auction sales (one auction event each)';
COMMENT ON COLUMN sale_evt.dept_cd IS 'department running the sale: OMP = Old Master paintings, IMP = Impressionist & Modern art, CON = Contemporary art, JWL = jewellery, WAT = watches, WIN = wine & spirits, ASN = Asian art, BKM = books & manuscripts';
COMMENT ON COLUMN sale_evt.loc_cd IS 'saleroom: LDN = London, NYC = New York, HKG = Hong Kong, PAR = Paris, GVA = Geneva';
COMMENT ON COLUMN sale_evt.sale_dt IS 'date of the sale (for online-only sales: the day bidding closes)';
COMMENT ON COLUMN sale_evt.sale_fmt IS 'L = live sale in the saleroom (room, phone, online and absentee bids), O = online-only timed sale';
COMMENT ON COLUMN sale_evt.is_evening IS 'evening sale (the flagship, high-value sale of a season)';

INSERT INTO sale_evt (sale_id, sale_cd, sale_ttl, dept_cd, loc_cd, sale_dt, sale_fmt, is_evening)
SELECT g,
       loc || to_char(d, 'YY') || lpad(g::text, 3, '0'),
       (ARRAY['Old Masters','Impressionist & Modern Art','Contemporary Art','Fine Jewels','Important Watches',
              'Finest Wines & Spirits','Asian Art','Books & Manuscripts'])[1 + (g * 5) % 8]
         || CASE WHEN g % 4 = 0 THEN ' Online' WHEN g % 6 = 1 THEN ' Evening Sale' ELSE ' Day Sale' END,
       (ARRAY['OMP','IMP','CON','JWL','WAT','WIN','ASN','BKM'])[1 + (g * 5) % 8],
       loc, d,
       CASE WHEN g % 4 = 0 THEN 'O' ELSE 'L' END,
       g % 4 <> 0 AND g % 6 = 1
FROM (
    SELECT g, date '2024-01-11' + (g - 1) * 15 AS d,
           (ARRAY['LDN','NYC','HKG','PAR','GVA'])[1 + (g * 3) % 5] AS loc
    FROM generate_series(1, 48) AS g
) s;

-- ---------------------------------------------------------------- consignor (sellers)
CREATE TABLE consignor (
    cnsg_id      integer PRIMARY KEY,
    cnsg_nm      text NOT NULL,
    cnsg_typ     char(1) NOT NULL,
    ctry_cd      char(2) NOT NULL,
    comm_pct     numeric(4,1) NOT NULL,
    kyc_ok       boolean NOT NULL DEFAULT false,
    onboarded_on date NOT NULL
);
COMMENT ON TABLE consignor IS 'Consignors: the sellers who consign lots to our sales';
COMMENT ON COLUMN consignor.cnsg_typ IS 'P = private collector, D = dealer or gallery, E = deceased estate (sold by executors), I = institution (museum, foundation, corporate collection)';
COMMENT ON COLUMN consignor.ctry_cd IS 'ISO 3166 country code of the consignor';
COMMENT ON COLUMN consignor.comm_pct IS 'seller''s commission charged on the hammer price, percent';
COMMENT ON COLUMN consignor.kyc_ok IS 'anti-money-laundering identity checks completed';

INSERT INTO consignor (cnsg_id, cnsg_nm, cnsg_typ, ctry_cd, comm_pct, kyc_ok, onboarded_on)
SELECT g,
       CASE typ
            WHEN 'E' THEN 'Estate of the late ' || fn || ' ' || ln
            WHEN 'D' THEN ln || ' Fine Art Ltd'
            WHEN 'I' THEN 'The ' || ln || ' Foundation'
            ELSE fn || ' ' || ln END,
       typ,
       (ARRAY['GB','GB','US','FR','CH','HK','DE','GB','US','IT'])[1 + (g * 7) % 10],
       CASE typ WHEN 'D' THEN 6.0 WHEN 'I' THEN 8.0 ELSE 10.0 + (g % 3) * 2.5 END,
       g % 13 <> 0,
       date '2018-02-01' + g * 15
FROM (
    SELECT g,
           CASE WHEN g % 10 IN (0, 1) THEN 'D' WHEN g % 10 = 2 THEN 'E' WHEN g % 15 = 3 THEN 'I' ELSE 'P' END AS typ,
           (ARRAY['George','Margaret','Arthur','Victoria','Edward','Florence','Charles','Dorothy','Frederick','Lillian',
                  'Walter','Agnes','Lionel','Cecily','Bernard','Winifred','Ambrose'])[1 + g % 17] AS fn,
           (ARRAY['Ashby','Montague','Rothwell','Kensington','Beaumont','Harrington','Wexford','Lindley','Cavendish',
                  'Fenwick','Marlowe','Osgood','Prideaux','Quarles','Rushworth','Stanhope','Thornbury','Upton','Villiers'])[1 + (g * 5) % 19] AS ln
    FROM generate_series(1, 120) AS g
) s;

-- ---------------------------------------------------------------- lot_mst (lots)
CREATE TABLE lot_mst (
    lot_id       integer PRIMARY KEY,
    sale_id      integer NOT NULL REFERENCES sale_evt (sale_id),
    lot_no       smallint NOT NULL,
    cnsg_id      integer NOT NULL REFERENCES consignor (cnsg_id),
    spec_id      integer NOT NULL,
    lot_ttl      text NOT NULL,
    low_est_gbp  integer NOT NULL,
    high_est_gbp integer NOT NULL,
    rsv_gbp      integer,
    lot_sts      char(1)
);
COMMENT ON TABLE lot_mst IS 'Lots: one object (or group of objects) offered in a sale';
COMMENT ON COLUMN lot_mst.lot_no IS 'lot number within the sale catalogue';
COMMENT ON COLUMN lot_mst.spec_id IS 'specialist (specialist.spec_id) who catalogued the lot and is responsible for it';
COMMENT ON COLUMN lot_mst.low_est_gbp IS 'low pre-sale estimate, GBP';
COMMENT ON COLUMN lot_mst.high_est_gbp IS 'high pre-sale estimate, GBP';
COMMENT ON COLUMN lot_mst.rsv_gbp IS 'confidential reserve (lowest price the consignor accepts), GBP; NULL = offered without reserve';
COMMENT ON COLUMN lot_mst.lot_sts IS 'S = sold, B = bought in (not sold: reserve not reached or no bids), W = withdrawn before the sale, NULL = not yet offered';

INSERT INTO lot_mst (lot_id, sale_id, lot_no, cnsg_id, spec_id, lot_ttl, low_est_gbp, high_est_gbp, rsv_gbp, lot_sts)
WITH l AS (
    SELECT s.sale_id, s.sale_dt, s.is_evening, s.dept_cd, n AS lot_no,
           row_number() OVER (ORDER BY s.sale_id, n) AS lot_id
    FROM sale_evt s
    CROSS JOIN LATERAL generate_series(1, 25 + (s.sale_id * 7) % 20) AS n
), e AS (
    SELECT l.*,
           array_position(ARRAY['OMP','IMP','CON','JWL','WAT','WIN','ASN','BKM'], dept_cd) AS di,
           (ARRAY[8000, 15000, 12000, 3000, 4000, 600, 5000, 2000])[array_position(ARRAY['OMP','IMP','CON','JWL','WAT','WIN','ASN','BKM'], dept_cd)]
             * (1 + (lot_id * 37) % 20) * CASE WHEN is_evening THEN 5 ELSE 1 END AS low_est
    FROM l
)
SELECT lot_id, sale_id, lot_no,
       CASE WHEN lot_id % 3 = 0 THEN 1 + ((lot_id * 11) % 120) * ((lot_id * 11) % 120) / 120
            ELSE 1 + (lot_id * 11) % 120 END,
       (di - 1) * 3 + 1 + (lot_id % 3),
       (ARRAY['Portrait of a gentleman','River landscape with figures',
              'Coastal scene at dusk','Still life with flowers',
              'Untitled composition','Abstract in blue',
              'Diamond and platinum ring','Sapphire and diamond brooch',
              'Automatic wristwatch','Perpetual calendar chronograph',
              'Case of twelve bottles','Double magnum, single vintage',
              'Pair of famille rose vases','Bronze ritual vessel',
              'First edition, presentation copy','Illuminated book of hours'])
            [(di - 1) * 2 + 1 + lot_id % 2] || ', lot ' || lot_no,
       low_est,
       round(low_est * 1.5 / 100) * 100,
       CASE WHEN lot_id % 7 = 0 THEN NULL ELSE (low_est * 0.8)::int END,
       CASE WHEN sale_dt > date '2025-11-30' THEN NULL
            WHEN lot_id % 31 = 0 THEN 'W'
            WHEN (lot_id * 7) % 9 >= 2 THEN 'S'
            WHEN lot_id % 7 = 0 AND (lot_id * 7) % 9 = 1 THEN 'S'
            ELSE 'B' END
FROM e;

-- ---------------------------------------------------------------- bidder (clients who bid)
CREATE TABLE bidder (
    bdr_id     integer PRIMARY KEY,
    bdr_nm     text NOT NULL,
    email      text,
    ctry_cd    char(2) NOT NULL,
    is_trade   boolean NOT NULL DEFAULT false,
    kyc_sts    char(1) NOT NULL,
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE bidder IS 'Clients registered to bid (buyers)';
COMMENT ON COLUMN bidder.is_trade IS 'bids as a trade buyer (dealer buying for stock)';
COMMENT ON COLUMN bidder.kyc_sts IS 'identity check: V = verified, P = pending documents, R = rejected';

INSERT INTO bidder (bdr_id, bdr_nm, email, ctry_cd, is_trade, kyc_sts, created_at)
SELECT g, fn || ' ' || ln,
       CASE WHEN g % 17 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@mail.example') END,
       (ARRAY['GB','US','HK','CN','CH','FR','AE','SG','DE','GB','US'])[1 + (g * 3) % 11],
       g % 6 = 0,
       CASE WHEN g > 400 AND g % 4 = 0 THEN 'R' WHEN g > 380 AND g % 3 = 0 THEN 'P' ELSE 'V' END,
       timestamptz '2018-01-01 10:00:00+00' + (g * 130) * interval '1 hour' + (g % 60) * interval '1 minute'
FROM (
    SELECT g,
           (ARRAY['James','Olivia','Li','Mei','Ahmed','Sara','Pierre','Anna','Rahul','Chloe','Daniel','Nadia',
                  'Kenji','Elena','Omar','Grace','Lukas','Priya','Tom','Ingrid','Ravi','Zara','Felipe'])[1 + g % 23] AS fn,
           (ARRAY['Wong','Smith','Chen','Al-Rashid','Dubois','Muller','Rossi','Tan','Kapoor','Johnson','Lee','Novak',
                  'Haddad','Sato','Fischer','Brown','Park','Silva','Evans'])[1 + (g * 7) % 19] AS ln
    FROM generate_series(1, 440) AS g
) s;

-- ---------------------------------------------------------------- bid_evt (bids)
CREATE TABLE bid_evt (
    bid_id   integer PRIMARY KEY,
    lot_id   integer NOT NULL REFERENCES lot_mst (lot_id),
    bdr_id   integer NOT NULL,
    bid_ts   timestamptz NOT NULL,
    bid_gbp  integer NOT NULL,
    bid_chnl char(1) NOT NULL
);
COMMENT ON TABLE bid_evt IS 'Every bid placed on a lot; the highest bid on a sold lot is the hammer price';
COMMENT ON COLUMN bid_evt.bdr_id IS 'bidder (bidder.bdr_id) who placed the bid';
COMMENT ON COLUMN bid_evt.bid_gbp IS 'bid amount, GBP';
COMMENT ON COLUMN bid_evt.bid_chnl IS 'R = in the room, P = by telephone, O = online, A = absentee (commission bid left with the auctioneer)';

INSERT INTO bid_evt (bid_id, lot_id, bdr_id, bid_ts, bid_gbp, bid_chnl)
WITH b AS (
    SELECT l.lot_id, l.lot_no, l.low_est_gbp, s.sale_dt, s.sale_fmt, k, (l.lot_id * 7) % 9 AS n
    FROM lot_mst l
    JOIN sale_evt s ON s.sale_id = l.sale_id
    CROSS JOIN LATERAL generate_series(1, (l.lot_id * 7) % 9) AS k
    WHERE l.lot_sts IN ('S', 'B')
)
SELECT row_number() OVER (ORDER BY lot_id, k),
       lot_id,
       CASE WHEN k = n THEN 1 + (lot_id * 17 + k) % 290             -- bidders 291-380 never win
            ELSE 1 + (lot_id * 13 + k * 29) % 380 END,
       CASE WHEN sale_fmt = 'O'
            THEN (sale_dt - (n - k + 1) * interval '13 hours' + lot_no * interval '1 minute') AT TIME ZONE 'UTC'
            ELSE (sale_dt + time '10:00' + lot_no * interval '95 seconds' + k * interval '9 seconds') AT TIME ZONE 'UTC' END,
       (round(low_est_gbp * (0.5 + 0.15 * k) / 10) * 10)::int,
       CASE WHEN sale_fmt = 'O' THEN 'O'
            ELSE (ARRAY['R','P','O','A','O','R'])[1 + (lot_id + k * 3) % 6] END
FROM b;

-- ---------------------------------------------------------------- sale_reg (registrations to bid in a sale)
CREATE TABLE sale_reg (
    reg_id         integer PRIMARY KEY,
    sale_id        integer NOT NULL REFERENCES sale_evt (sale_id),
    bdr_id         integer NOT NULL REFERENCES bidder (bdr_id),
    paddle_no      smallint NOT NULL,
    reg_ts         timestamptz NOT NULL,
    is_approved    boolean NOT NULL DEFAULT false,
    crd_lim_gbp    integer
);
COMMENT ON TABLE sale_reg IS 'Bidder registrations: a bidder must register (and be approved) for a sale before bidding in it';
COMMENT ON COLUMN sale_reg.paddle_no IS 'paddle number issued for the sale';
COMMENT ON COLUMN sale_reg.is_approved IS 'registration approved by the bids office';
COMMENT ON COLUMN sale_reg.crd_lim_gbp IS 'bidding limit granted for the sale, GBP; NULL = no limit set';

INSERT INTO sale_reg (reg_id, sale_id, bdr_id, paddle_no, reg_ts, is_approved, crd_lim_gbp)
WITH r AS (
    SELECT DISTINCT l.sale_id, b.bdr_id, true AS ok
    FROM bid_evt b JOIN lot_mst l ON l.lot_id = b.lot_id
    UNION
    SELECT 1 + (g * 7) % 48, 381 + g % 50, (g % 3 <> 0)
    FROM generate_series(1, 150) AS g
    WHERE 381 + g % 50 <= 440
    UNION
    SELECT s, 1 + (s * 17 + j * 41) % 380, (j % 4 <> 0)
    FROM generate_series(47, 48) AS s CROSS JOIN generate_series(1, 30) AS j
), d AS (
    SELECT r.sale_id, r.bdr_id, bool_or(r.ok) AS ok FROM r GROUP BY r.sale_id, r.bdr_id
), n AS (
    SELECT d.*, s.sale_dt,
           row_number() OVER (ORDER BY d.sale_id, d.bdr_id) AS rn,
           row_number() OVER (PARTITION BY d.sale_id ORDER BY d.bdr_id) AS seq
    FROM d JOIN sale_evt s ON s.sale_id = d.sale_id
)
SELECT rn, sale_id, bdr_id, 100 + seq,
       (sale_dt - 3 - (rn % 12)::int + time '09:00') AT TIME ZONE 'UTC' + (rn % 480) * interval '1 minute',
       ok,
       CASE WHEN rn % 5 = 0 THEN NULL ELSE 50000 * (1 + (rn * 7) % 20) END
FROM n;

-- ---------------------------------------------------------------- inv_hdr (buyer invoices for sold lots)
CREATE TABLE inv_hdr (
    inv_no     integer PRIMARY KEY,
    inv_cd     varchar(14) NOT NULL UNIQUE,
    lot_id     integer NOT NULL UNIQUE REFERENCES lot_mst (lot_id),
    bdr_id     integer NOT NULL REFERENCES bidder (bdr_id),
    hmr_px_gbp integer NOT NULL,
    bp_pct     numeric(4,1) NOT NULL,
    inv_dt     date NOT NULL,
    due_dt     date NOT NULL,
    inv_sts    char(1) NOT NULL
);
COMMENT ON TABLE inv_hdr IS 'Hammer result and buyer invoice, one per sold lot';
COMMENT ON COLUMN inv_hdr.bdr_id IS 'buyer: the bidder whose bid won the lot';
COMMENT ON COLUMN inv_hdr.hmr_px_gbp IS 'hammer price (winning bid), GBP';
COMMENT ON COLUMN inv_hdr.bp_pct IS 'buyer''s premium rate added on top of the hammer price, percent; the buyer owes hammer + premium';
COMMENT ON COLUMN inv_hdr.due_dt IS 'payment due date';
COMMENT ON COLUMN inv_hdr.inv_sts IS 'O = open (nothing paid yet), R = part-paid, P = paid in full, X = cancelled (sale rescinded)';

INSERT INTO inv_hdr (inv_no, inv_cd, lot_id, bdr_id, hmr_px_gbp, bp_pct, inv_dt, due_dt, inv_sts)
WITH w AS (
    SELECT DISTINCT ON (b.lot_id) b.lot_id, b.bdr_id, b.bid_gbp, s.sale_dt
    FROM bid_evt b
    JOIN lot_mst l ON l.lot_id = b.lot_id
    JOIN sale_evt s ON s.sale_id = l.sale_id
    WHERE l.lot_sts = 'S'
    ORDER BY b.lot_id, b.bid_gbp DESC
)
SELECT 240000 + row_number() OVER (ORDER BY lot_id),
       'INV-' || to_char(sale_dt, 'YY') || '-' || lpad((row_number() OVER (ORDER BY lot_id))::text, 6, '0'),
       lot_id, bdr_id, bid_gbp,
       CASE WHEN bid_gbp <= 50000 THEN 27.0 WHEN bid_gbp <= 1000000 THEN 22.0 ELSE 15.0 END,
       sale_dt + 1, sale_dt + 31,
       CASE WHEN lot_id % 41 = 0 THEN 'X' ELSE 'O' END
FROM w;

-- ---------------------------------------------------------------- pymt (payments received from buyers)
CREATE TABLE pymt (
    pay_id   integer PRIMARY KEY,
    inv_no   integer NOT NULL,
    paid_on  date NOT NULL,
    amt_gbp  numeric(12,2) NOT NULL,
    pay_mthd char(2) NOT NULL
);
COMMENT ON TABLE pymt IS 'Payments received from buyers against invoices';
COMMENT ON COLUMN pymt.inv_no IS 'invoice (inv_hdr.inv_no) the payment settles';
COMMENT ON COLUMN pymt.amt_gbp IS 'amount received, GBP';
COMMENT ON COLUMN pymt.pay_mthd IS 'BT = bank transfer, CC = credit or debit card, CQ = cheque, CR = cryptocurrency';

INSERT INTO pymt (pay_id, inv_no, paid_on, amt_gbp, pay_mthd)
WITH i AS (
    SELECT inv_no, lot_id, inv_dt,
           round(hmr_px_gbp * (1 + bp_pct / 100), 2) AS total,
           lot_id % 10 AS p
    FROM inv_hdr
    WHERE inv_sts <> 'X'
), s AS (
    SELECT inv_no, 1 AS k, inv_dt + (lot_id * 3) % 45 AS paid_on, total AS amt FROM i WHERE p <= 5
    UNION ALL
    SELECT inv_no, 1, inv_dt + 10, round(total * 0.4, 2) FROM i WHERE p IN (6, 7)
    UNION ALL
    SELECT inv_no, 2, inv_dt + 20 + lot_id % 30, total - round(total * 0.4, 2) FROM i WHERE p IN (6, 7)
    UNION ALL
    SELECT inv_no, 1, inv_dt + 5 + lot_id % 20, round(total * 0.3, 2) FROM i WHERE p = 8
)
SELECT row_number() OVER (ORDER BY paid_on, inv_no, k), inv_no, paid_on, amt,
       (ARRAY['BT','BT','CC','CQ','BT','CC','BT','CR'])[1 + (inv_no + k * 3) % 8]
FROM s
WHERE paid_on <= date '2025-11-30';

-- invoice status follows the payments actually received
UPDATE inv_hdr h
SET inv_sts = CASE WHEN p.paid IS NULL THEN 'O'
                   WHEN p.paid >= round(h.hmr_px_gbp * (1 + h.bp_pct / 100), 2) THEN 'P'
                   ELSE 'R' END
FROM inv_hdr h2
LEFT JOIN (SELECT inv_no, sum(amt_gbp) AS paid FROM pymt GROUP BY inv_no) p ON p.inv_no = h2.inv_no
WHERE h2.inv_no = h.inv_no AND h.inv_sts <> 'X';
