-- Made-up electricity / water utility ("utility" dev set).
-- Deterministic data: generate_series + arithmetic only, no random().

DROP TABLE IF EXISTS cust_complaint;
DROP TABLE IF EXISTS invoice;
DROP TABLE IF EXISTS meter_read;
DROP TABLE IF EXISTS meter;
DROP TABLE IF EXISTS premise;
DROP TABLE IF EXISTS cust_account;
DROP TABLE IF EXISTS tariff;

CREATE TABLE tariff (
    tariff_cd        varchar(12) PRIMARY KEY,
    descr            text         NOT NULL,
    svc_type         char(1)      NOT NULL,
    unit_rate        numeric(7,4) NOT NULL,
    standing_chg_day numeric(7,4) NOT NULL,
    valid_from       date         NOT NULL,
    valid_to         date
);
COMMENT ON COLUMN tariff.svc_type IS 'E = electricity (rate per kWh), W = water (rate per m3)';
COMMENT ON COLUMN tariff.valid_to IS 'NULL = still offered';

CREATE TABLE cust_account (
    acct_no          integer PRIMARY KEY,
    holder_nm        text        NOT NULL,
    acct_type        char(1)     NOT NULL,
    tariff_cd        varchar(12) NOT NULL REFERENCES tariff (tariff_cd),
    water_tariff_cd  varchar(12) REFERENCES tariff (tariff_cd),
    contact_email    text,
    paperless        boolean     NOT NULL DEFAULT false,
    opened_dt        date        NOT NULL,
    closed_dt        date
);
COMMENT ON COLUMN cust_account.acct_type IS 'R = residential, C = commercial, I = industrial';
COMMENT ON COLUMN cust_account.tariff_cd IS 'electricity tariff';
COMMENT ON COLUMN cust_account.closed_dt IS 'NULL = account still open';

CREATE TABLE premise (
    premise_id  integer PRIMARY KEY,
    acct_no     integer NOT NULL REFERENCES cust_account (acct_no),
    addr_line   text    NOT NULL,
    city        text    NOT NULL,
    postcode    varchar(10) NOT NULL
);

CREATE TABLE meter (
    meter_id      integer PRIMARY KEY,
    meter_serial  varchar(16) NOT NULL UNIQUE,
    premise_id    integer     NOT NULL REFERENCES premise (premise_id),
    meter_type    varchar(12) NOT NULL,
    installed_on  date        NOT NULL,
    removed_on    date
);
COMMENT ON COLUMN meter.meter_type IS 'ELEC_SMART, ELEC_ANLG (analog electricity), WATER';

CREATE TABLE meter_read (
    read_id    bigint PRIMARY KEY,
    meter_id   integer      NOT NULL REFERENCES meter (meter_id),
    read_ts    timestamp    NOT NULL,
    kwh_qty    numeric(12,3),
    vol_m3     numeric(10,3),
    read_type  char(1)      NOT NULL
);
COMMENT ON COLUMN meter_read.read_ts IS 'local time of the reading';
COMMENT ON COLUMN meter_read.kwh_qty IS 'electricity consumed since the previous read, kWh; NULL for water meters';
COMMENT ON COLUMN meter_read.vol_m3 IS 'water consumed since the previous read, m3; NULL for electricity meters';
COMMENT ON COLUMN meter_read.read_type IS 'A = actual, E = estimated, C = customer-submitted';

CREATE TABLE invoice (
    inv_id        integer PRIMARY KEY,
    acct_no       integer       NOT NULL REFERENCES cust_account (acct_no),
    period_start  date          NOT NULL,
    period_end    date          NOT NULL,
    issued_on     date          NOT NULL,
    due_on        date          NOT NULL,
    paid_on       date,
    amt_due       numeric(12,2) NOT NULL,
    inv_status    char(2)       NOT NULL
);
COMMENT ON COLUMN invoice.inv_status IS 'OP = open (unpaid), PD = paid, VD = void, WO = written off';
COMMENT ON COLUMN invoice.paid_on IS 'NULL = not paid (yet)';

CREATE TABLE cust_complaint (
    cmpl_id      integer PRIMARY KEY,
    acct_no      integer     NOT NULL REFERENCES cust_account (acct_no),
    opened_at    timestamptz NOT NULL,
    category     varchar(20) NOT NULL,
    channel      varchar(10) NOT NULL,
    resolved_at  timestamptz,
    notes        text
);
COMMENT ON COLUMN cust_complaint.resolved_at IS 'NULL = still being worked on';

-- tariffs --------------------------------------------------------------
INSERT INTO tariff VALUES
 ('E-RES-STD',  'Residential standard',              'E', 0.2850,  0.4500, '2022-01-01', NULL),
 ('E-RES-TOU',  'Residential time-of-use',           'E', 0.2420,  0.5100, '2023-04-01', NULL),
 ('E-RES-GRN',  'Residential 100% renewable',        'E', 0.3120,  0.4500, '2023-01-01', NULL),
 ('E-RES-EV',   'Residential EV overnight',          'E', 0.1990,  0.5500, '2025-09-01', NULL),
 ('E-RES-L19',  'Residential standard (legacy 2019)','E', 0.2300,  0.4000, '2019-01-01', '2023-12-31'),
 ('E-COM-FLAT', 'Small business flat rate',          'E', 0.2610,  0.9800, '2021-01-01', NULL),
 ('E-COM-DMD',  'Commercial demand',                 'E', 0.2240,  1.8500, '2021-01-01', NULL),
 ('E-IND-HV',   'Industrial high voltage',           'E', 0.1580, 12.5000, '2020-01-01', NULL),
 ('W-RES',      'Residential water',                 'W', 2.1500,  0.2200, '2020-01-01', NULL),
 ('W-COM',      'Commercial water',                  'W', 1.9800,  0.6000, '2020-01-01', NULL);

-- accounts: 150; acct_no = 400000 + 7*g
INSERT INTO cust_account (acct_no, holder_nm, acct_type, tariff_cd, water_tariff_cd, contact_email, paperless, opened_dt, closed_dt)
SELECT 400000 + 7 * g,
       CASE WHEN g % 10 < 7
            THEN (ARRAY['Olsen','Marquez','Nakamura','Brennan','Okoye','Schultz','Dubois','Patel','Novak','Haddad','Lindgren','Costa'])[1 + g % 12]
                 || ', ' || (ARRAY['Anne','Luis','Kenji','Moira','Chidi','Frank','Claire','Ravi','Petra','Sami','Erik'])[1 + g % 11]
            ELSE (ARRAY['Riverside Bakery','Kowalski Auto Repair','Brightsmile Dental','Northgate Print','Lakeside Hotel',
                        'Millbrook Brewing Co','Ashford Cold Storage','Eastvale Plastics','Kingsport Foundry','Harbor Logistics'])[1 + g % 10]
                 || CASE WHEN g > 100 THEN ' Ltd' ELSE '' END
       END,
       CASE WHEN g % 10 < 7 THEN 'R' WHEN g % 10 < 9 THEN 'C' ELSE 'I' END,
       CASE WHEN g % 10 < 7 THEN (ARRAY['E-RES-STD','E-RES-TOU','E-RES-GRN'])[1 + g % 3]
            WHEN g % 10 < 9 THEN (ARRAY['E-COM-FLAT','E-COM-DMD'])[1 + g % 2]
            ELSE 'E-IND-HV' END,
       CASE WHEN g % 10 < 7 AND g % 5 < 3 THEN 'W-RES'
            WHEN g % 10 IN (7, 8) AND g % 2 = 0 THEN 'W-COM' END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE 'acct' || (400000 + 7 * g) || '@example.net' END,
       (g * 7) % 10 < 4,
       CASE WHEN g > 140 THEN date '2024-03-01' + (g - 140) * 41
            ELSE date '2015-01-01' + (g * 37) % 3280 END,
       CASE WHEN g % 29 = 0 THEN date '2025-02-28' + (g / 29) * 30 END
FROM generate_series(1, 150) AS g;

-- premises: one per account, plus a second site for some business accounts
INSERT INTO premise (premise_id, acct_no, addr_line, city, postcode)
SELECT 9000 + g,
       400000 + 7 * g,
       (10 + (g * 17) % 180) || ' ' || (ARRAY['High St','Mill Lane','Station Rd','Oak Ave','Church St','Harbour Way','Elm Close','Quarry Rd'])[1 + g % 8],
       (ARRAY['Riverton','Riverton','Millbrook','Ashford','Ashford','Ashford','Eastvale','Kingsport','Lakeside','Millbrook','Riverton'])[1 + (g * 7) % 11],
       'RV' || (10 + g % 40) || ' ' || (g % 9) || chr(65 + g % 26) || chr(65 + (g * 3) % 26)
FROM generate_series(1, 150) AS g;

INSERT INTO premise (premise_id, acct_no, addr_line, city, postcode)
SELECT 9200 + g,
       400000 + 7 * g,
       'Unit ' || (1 + g % 12) || ', ' || (ARRAY['Ferry Industrial Est','Northgate Park','Canal Wharf'])[1 + g % 3],
       (ARRAY['Kingsport','Eastvale','Ashford'])[1 + g % 3],
       'KP' || (g % 20) || ' ' || (g % 7) || chr(65 + g % 26) || chr(66 + g % 24)
FROM generate_series(1, 150) AS g
WHERE g % 10 = 9 OR g % 20 = 7;

-- meters: one electricity meter per premise (smart unless premise_id % 4 = 0),
-- a water meter where the account has a water tariff (primary premise only),
-- and replacement smart meters fitted on 2025-12-29 (no reads yet)
INSERT INTO meter (meter_id, meter_serial, premise_id, meter_type, installed_on, removed_on)
SELECT row_number() OVER (ORDER BY kind, p.premise_id),
       CASE WHEN kind = 2 THEN 'WM-' ELSE 'EM-' END || lpad(((p.premise_id * 7919 + kind * 104729) % 1000000)::text, 7, '0'),
       p.premise_id,
       CASE WHEN kind = 1 AND p.premise_id % 4 = 0 THEN 'ELEC_ANLG'
            WHEN kind = 1 THEN 'ELEC_SMART'
            WHEN kind = 2 THEN 'WATER'
            ELSE 'ELEC_SMART' END,
       CASE WHEN kind = 3 THEN date '2025-12-29'
            ELSE greatest(a.opened_dt, date '2019-05-01' + (p.premise_id * 53) % 1500) END,
       CASE WHEN kind = 1 AND p.premise_id % 13 = 0 THEN date '2025-12-29'
            WHEN a.closed_dt IS NOT NULL THEN a.closed_dt END
FROM premise p
JOIN cust_account a ON a.acct_no = p.acct_no
CROSS JOIN generate_series(1, 3) AS kind
WHERE kind = 1
   OR (kind = 2 AND a.water_tariff_cd IS NOT NULL AND p.premise_id < 9200)
   OR (kind = 3 AND p.premise_id % 13 = 0 AND a.closed_dt IS NULL);

-- monthly reads 2024-01 .. 2025-12 while the meter is in place
INSERT INTO meter_read (read_id, meter_id, read_ts, kwh_qty, vol_m3, read_type)
SELECT row_number() OVER (ORDER BY ts, meter_id),
       meter_id, ts,
       CASE WHEN meter_type <> 'WATER' THEN
         round(base * season * (0.80 + ((meter_id * 31 + mi * 17) % 41) / 100.0), 3) END,
       CASE WHEN meter_type = 'WATER' THEN
         round(wbase * (0.85 + ((meter_id * 13 + mi * 7) % 31) / 100.0), 3) END,
       CASE WHEN meter_type = 'ELEC_SMART' THEN CASE WHEN (meter_id + mi) % 31 = 0 THEN 'E' ELSE 'A' END
            ELSE CASE (meter_id * 3 + mi) % 10 WHEN 0 THEN 'E' WHEN 1 THEN 'E' WHEN 2 THEN 'C' ELSE 'A' END
       END
FROM (
  SELECT m.meter_id, m.meter_type, m.installed_on, m.removed_on, mi,
         timestamp '2024-01-01 00:00' + mi * interval '1 month'
           + ((m.meter_id * 7 + mi * 3) % 27) * interval '1 day'
           + (8 + (m.meter_id * 13) % 10) * interval '1 hour'
           + ((m.meter_id * 11 + mi) % 60) * interval '1 minute' AS ts,
         CASE a.acct_type WHEN 'R' THEN 280 WHEN 'C' THEN 2100 ELSE 38000 END
           + (a.acct_no % 50) * CASE a.acct_type WHEN 'R' THEN 3 WHEN 'C' THEN 40 ELSE 500 END AS base,
         CASE WHEN extract(month FROM date '2024-01-01' + mi * interval '1 month') IN (12, 1, 2) THEN 1.35
              WHEN extract(month FROM date '2024-01-01' + mi * interval '1 month') IN (6, 7, 8) THEN 1.15
              ELSE 1.0 END AS season,
         CASE a.acct_type WHEN 'R' THEN 9 ELSE 40 END AS wbase
  FROM meter m
  JOIN premise p ON p.premise_id = m.premise_id
  JOIN cust_account a ON a.acct_no = p.acct_no
  CROSS JOIN generate_series(0, 23) AS mi
) x
WHERE ts::date >= installed_on AND (removed_on IS NULL OR ts::date < removed_on);

-- invoices: one per open account per month, periods 2024-01 .. 2025-11
INSERT INTO invoice (inv_id, acct_no, period_start, period_end, issued_on, due_on, paid_on, amt_due, inv_status)
SELECT 700000 + row_number() OVER (ORDER BY period_start, acct_no),
       acct_no, period_start, period_end, issued_on, due_on,
       CASE WHEN st = 'PD' THEN pay_dt END,
       amt,
       st
FROM (
  SELECT b.*,
         CASE WHEN (b.g + b.mi) % 53 = 0 THEN 'VD'
              WHEN b.g % 31 = 0 AND b.mi BETWEEN 8 AND 11 THEN 'WO'
              WHEN b.g % 31 = 0 AND b.mi >= 12 THEN 'OP'
              WHEN b.mi = 22 AND b.g % 3 <> 0 THEN 'OP'
              WHEN b.pay_dt > date '2025-12-31' THEN 'OP'
              ELSE 'PD' END AS st
  FROM (
    SELECT a.acct_no, (a.acct_no - 400000) / 7 AS g, mi,
           ps AS period_start,
           (ps + interval '1 month')::date - 1 AS period_end,
           (ps + interval '1 month')::date + 2 AS issued_on,
           (ps + interval '1 month')::date + 23 AS due_on,
           (ps + interval '1 month')::date + 2 + (((a.acct_no - 400000) / 7 * 7 + mi * 11) % 34) AS pay_dt,
           round(
             coalesce((SELECT sum(r.kwh_qty) * te.unit_rate + sum(coalesce(r.vol_m3, 0)) * coalesce(tw.unit_rate, 0)
                       FROM meter_read r JOIN meter m ON m.meter_id = r.meter_id
                       JOIN premise p ON p.premise_id = m.premise_id
                       WHERE p.acct_no = a.acct_no AND r.read_ts >= ps AND r.read_ts < ps + interval '1 month'), 0)
             + (((ps + interval '1 month')::date - ps) * (te.standing_chg_day + coalesce(tw.standing_chg_day, 0))),
             2) AS amt
    FROM cust_account a
    JOIN tariff te ON te.tariff_cd = a.tariff_cd
    LEFT JOIN tariff tw ON tw.tariff_cd = a.water_tariff_cd
    CROSS JOIN generate_series(0, 22) AS mi
    CROSS JOIN LATERAL (SELECT (date '2024-01-01' + mi * interval '1 month')::date AS ps) d
    WHERE a.opened_dt < (ps + interval '1 month')::date
      AND (a.closed_dt IS NULL OR a.closed_dt > ps)
  ) b
) c;

-- complaints
INSERT INTO cust_complaint (cmpl_id, acct_no, opened_at, category, channel, resolved_at, notes)
SELECT 50000 + g,
       400000 + 7 * CASE WHEN g % 4 = 0 THEN (ARRAY[12, 47, 47, 63, 88, 101, 101, 129, 12, 140])[1 + (g / 4) % 10]
                         ELSE 1 + (g * 37) % 150 END,
       timestamptz '2024-01-02 08:00:00+00' + ((g * 71) % 727) * interval '1 day' + ((g * 13) % 10) * interval '1 hour'
         + ((g * 7) % 60) * interval '1 minute',
       (ARRAY['BILL_DISPUTE','OUTAGE','METER_FAULT','BILL_DISPUTE','VOLTAGE','CUST_SVC','OUTAGE',
              'WATER_QUALITY','BILL_DISPUTE','METER_FAULT','CUST_SVC'])[1 + (g * 5) % 11],
       (ARRAY['phone','phone','email','web','phone','walk_in','web'])[1 + g % 7],
       CASE WHEN g % 13 = 0 THEN NULL
            ELSE timestamptz '2024-01-02 08:00:00+00' + ((g * 71) % 727) * interval '1 day' + ((g * 13) % 10) * interval '1 hour'
                 + ((g * 7) % 60) * interval '1 minute'
                 + (1 + (g * 5) % 11) * (2 + g % 9) * interval '3 hours' END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 'ticket ref T-' || (g * 389) % 100000 END
FROM generate_series(1, 240) AS g;
