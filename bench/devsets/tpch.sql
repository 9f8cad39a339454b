-- A dev set's database, made up on 2026-12-01 and written blind: the standard TPC-H schema (the
-- official 8 tables, column names and types of the TPC-H specification, char(n) padded with blanks
-- where the spec says char), primary and foreign keys declared as the spec lists them. Small
-- data in the spirit of dbgen, not dbgen's output: 5 regions and 25 nations with the official names,
-- 20 suppliers, 60 parts (4 suppliers each in partsupp), 50 customers, 300 orders, ~1,200 line items,
-- order dates over 1992-01-01..1998-08-02, the spec's vocabularies (segments, priorities, ship modes,
-- instructions, containers, types, brands) and its rules: extended price = quantity * retail price,
-- return flag R/A once received by 1995-06-17 else N, line status F once shipped by 1995-06-17 else O,
-- order status F/O/P from its lines, total price = sum(extended price * (1 + tax) * (1 - discount)).
-- Edge values on purpose: customers whose key is a multiple of 3 never order (as in dbgen), parts
-- 55..60 are never ordered, receipt dates both before and after commit dates, supplier comments
-- with 'Customer ... Complaints' and 'Customer ... Recommends', order comments with 'special requests'.
-- Deterministic: generate_series and modular arithmetic only (a multiplicative hash, high bits).

create table region (
  r_regionkey  integer primary key,
  r_name       char(25) not null,
  r_comment    varchar(152)
);

create table nation (
  n_nationkey  integer primary key,
  n_name       char(25) not null,
  n_regionkey  integer not null references region (r_regionkey),
  n_comment    varchar(152)
);

create table part (
  p_partkey     integer primary key,
  p_name        varchar(55) not null,
  p_mfgr        char(25) not null,
  p_brand       char(10) not null,
  p_type        varchar(25) not null,
  p_size        integer not null,
  p_container   char(10) not null,
  p_retailprice decimal(15,2) not null,
  p_comment     varchar(23) not null
);

create table supplier (
  s_suppkey    integer primary key,
  s_name       char(25) not null,
  s_address    varchar(40) not null,
  s_nationkey  integer not null references nation (n_nationkey),
  s_phone      char(15) not null,
  s_acctbal    decimal(15,2) not null,
  s_comment    varchar(101) not null
);

create table partsupp (
  ps_partkey    integer not null references part (p_partkey),
  ps_suppkey    integer not null references supplier (s_suppkey),
  ps_availqty   integer not null,
  ps_supplycost decimal(15,2) not null,
  ps_comment    varchar(199) not null,
  primary key (ps_partkey, ps_suppkey)
);

create table customer (
  c_custkey    integer primary key,
  c_name       varchar(25) not null,
  c_address    varchar(40) not null,
  c_nationkey  integer not null references nation (n_nationkey),
  c_phone      char(15) not null,
  c_acctbal    decimal(15,2) not null,
  c_mktsegment char(10) not null,
  c_comment    varchar(117) not null
);

create table orders (
  o_orderkey      integer primary key,
  o_custkey       integer not null references customer (c_custkey),
  o_orderstatus   char(1) not null,
  o_totalprice    decimal(15,2) not null,
  o_orderdate     date not null,
  o_orderpriority char(15) not null,
  o_clerk         char(15) not null,
  o_shippriority  integer not null,
  o_comment       varchar(79) not null
);

create table lineitem (
  l_orderkey      integer not null references orders (o_orderkey),
  l_partkey       integer not null,
  l_suppkey       integer not null,
  l_linenumber    integer not null,
  l_quantity      decimal(15,2) not null,
  l_extendedprice decimal(15,2) not null,
  l_discount      decimal(15,2) not null,
  l_tax           decimal(15,2) not null,
  l_returnflag    char(1) not null,
  l_linestatus    char(1) not null,
  l_shipdate      date not null,
  l_commitdate    date not null,
  l_receiptdate   date not null,
  l_shipinstruct  char(25) not null,
  l_shipmode      char(10) not null,
  l_comment       varchar(44) not null,
  primary key (l_orderkey, l_linenumber),
  foreign key (l_partkey, l_suppkey) references partsupp (ps_partkey, ps_suppkey)
);

insert into region values
  (0, 'AFRICA',      'lar deposits. blithely final packages cajole. regular waters are final requests'),
  (1, 'AMERICA',     'hs use ironic, even requests. s'),
  (2, 'ASIA',        'ges. thinly even pinto beans ca'),
  (3, 'EUROPE',      'ly final courts cajole furiously final excuse'),
  (4, 'MIDDLE EAST', 'uickly special accounts cajole carefully blithely close requests');

insert into nation values
  (0,  'ALGERIA',        0, 'haggle. carefully final deposits detect slyly agai'),
  (1,  'ARGENTINA',      1, 'al foxes promise slyly according to the regular accounts'),
  (2,  'BRAZIL',         1, 'y alongside of the pending deposits. carefully special packages'),
  (3,  'CANADA',         1, 'eas hang ironic, silent packages. slyly regular packages are furiously'),
  (4,  'EGYPT',          4, 'y above the carefully unusual theodolites. final dugouts are quickly'),
  (5,  'ETHIOPIA',       0, 'ven packages wake quickly. regu'),
  (6,  'FRANCE',         3, 'refully final requests. regular, ironi'),
  (7,  'GERMANY',        3, 'l platelets. regular accounts x-ray: unusual, regular acco'),
  (8,  'INDIA',          2, 'ss excuses cajole slyly across the packages. deposits print aroun'),
  (9,  'INDONESIA',      2, 'slyly express asymptotes. regular deposits haggle slyly'),
  (10, 'IRAN',           4, 'efully alongside of the slyly final dependencies'),
  (11, 'IRAQ',           4, 'nic deposits boost atop the quickly final requests? quickly regula'),
  (12, 'JAPAN',          2, 'ously. final, express gifts cajole a'),
  (13, 'JORDAN',         4, 'ic deposits are blithely about the carefully regular sa'),
  (14, 'KENYA',          0, 'pending excuses haggle furiously deposits. pending, express pinto beans'),
  (15, 'MOROCCO',        0, 'rns. blithely bold courts among the closely regular packages use furiously'),
  (16, 'MOZAMBIQUE',     0, 's. ironic, unusual asymptotes wake blithely r'),
  (17, 'PERU',           1, 'platelets. blithely pending dependencies use fluffily across the even pinto'),
  (18, 'CHINA',          2, 'c dependencies. furiously express notornis sleep slyly regular accounts'),
  (19, 'ROMANIA',        3, 'ular asymptotes are about the furious multipliers. express dependencies'),
  (20, 'SAUDI ARABIA',   4, 'ts. silent requests haggle. closely express packages sleep across'),
  (21, 'VIETNAM',        2, 'hely enticingly express accounts. even, final'),
  (22, 'RUSSIA',         3, 'requests against the platelets use never according to the quickly regular'),
  (23, 'UNITED KINGDOM', 3, 'eans boost carefully special requests. accounts are. carefull'),
  (24, 'UNITED STATES',  1, 'y final packages. slow foxes cajole quickly. quickly silent platelets');

-- Parts: name of five colour words, Manufacturer#1..5, Brand#MN with M the manufacturer,
-- type = size word + finish + metal, retail price by the spec's formula.
insert into part
select k,
       c[1 + (k * 7) % 92] || ' ' || c[1 + (k * 13 + 5) % 92] || ' ' || c[1 + (k * 29 + 11) % 92] || ' '
         || c[1 + (k * 41 + 17) % 92] || ' ' || c[1 + (k * 53 + 23) % 92],
       'Manufacturer#' || m,
       'Brand#' || m || (1 + (k / 5 + k) % 5),
       (array['STANDARD','SMALL','MEDIUM','LARGE','ECONOMY','PROMO'])[1 + (k * 5) % 6] || ' '
         || (array['ANODIZED','BURNISHED','PLATED','POLISHED','BRUSHED'])[1 + (k * 3 + k / 6) % 5] || ' '
         || (array['TIN','NICKEL','BRASS','STEEL','COPPER'])[1 + (k * 7 + k / 5) % 5],
       1 + (k * 17) % 50,
       (array['SM','LG','MED','JUMBO','WRAP'])[1 + (k * 3) % 5] || ' '
         || (array['CASE','BOX','BAG','JAR','PKG','PACK','CAN','DRUM'])[1 + (k * 5 + k / 8) % 8],
       (90000 + ((k / 10) % 20001) + 100 * (k % 1000)) / 100.0,
       (array['furiously final','ironic deposits','carefully even pinto','quickly regular',
              'blithely bold','slyly express','pending foxes','final theodolites'])[1 + (k * 3) % 8]
from generate_series(1, 60) k,
     lateral (select 1 + (k * 7) % 5 as m) mm,
     lateral (select array['almond','antique','aquamarine','azure','beige','bisque','black','blanched',
       'blue','blush','brown','burlywood','burnished','chartreuse','chiffon','chocolate','coral',
       'cornflower','cornsilk','cream','cyan','dark','deep','dim','dodger','drab','firebrick','floral',
       'forest','frosted','gainsboro','ghost','goldenrod','green','grey','honeydew','hot','indian',
       'ivory','khaki','lace','lavender','lawn','lemon','light','lime','linen','magenta','maroon',
       'medium','metallic','midnight','mint','misty','moccasin','navajo','navy','olive','orange',
       'orchid','pale','papaya','peach','peru','pink','plum','powder','puff','purple','red','rose',
       'rosy','royal','saddle','salmon','sandy','seashell','sienna','sky','slate','smoke','snow',
       'spring','steel','tan','thistle','tomato','turquoise','violet','wheat','white','yellow'] as c) cc;

-- Suppliers: nations chosen so that Europe and Asia have several (volume and local-supplier
-- questions have answers); comments of suppliers 4, 11, 17 mention Customer ... Complaints,
-- of 2 and 9 Customer ... Recommends.
insert into supplier
select k,
       'Supplier#' || lpad(k::text, 9, '0'),
       (array['N kD4on9OM Ipw3,gf0JBoQDd7tgrzrddZ','89eJ5ksX3ImxJQBvxObC,','q1,G3Pj6OjIuUYfUoH18BFTKP5aU9bEV3',
              'Bk7ah4CK8SYQTepEmvMkkgMwg','wd3Q9bBK7AXvX7k,Us4F3wS','TBuygqQgHXv,H3Gc6ZrGvdAEUdR7r',
              's,4TicNGB4uO6PaSqNBUq','9sCmk3n1E8SOfi4Fd0','ic2GAB8DL7Vt5KYK2Rtd9SGbxB','JyuQsRLi6CkXsUDuOOvl'])[1 + (k * 3) % 10],
       n,
       lpad((n + 10)::text, 2, '0') || '-' || (100 + (k * 271) % 900) || '-' || (100 + (k * 613) % 900)
         || '-' || (1000 + (k * 4271) % 9000),
       ((k * 761773) % 1099998 - 99999) / 100.0,
       case when k in (4, 11, 17) then 'carefully regular requests. Customer slyly bold Complaints about late deliveries'
            when k in (2, 9) then 'express accounts nag. Customer furiously ironic Recommends the packages'
            else (array['blithely bold packages haggle quickly','even deposits wake furiously','final ideas sleep carefully',
                        'regular theodolites use slyly','ironic foxes detect blithely'])[1 + k % 5]
       end
from generate_series(1, 20) k,
     lateral (select (array[6, 7, 8, 12, 18, 24, 3, 23, 7, 9, 21, 6, 1, 0, 8, 12, 19, 7, 4, 22])[k] as n) nn;

-- Each part has 4 suppliers, by the spec's formula with S = 20.
insert into partsupp
select p, (p + i * (5 + (p - 1) / 20)) % 20 + 1,
       1 + (p * 7919 + i * 104729) % 9999,
       (100 + (p * 3571 + i * 2797) % 99901) / 100.0,
       (array['slyly final requests after the carefully','even accounts haggle furiously','quickly ironic dependencies',
              'bold deposits cajole blithely across the'])[1 + (p + i) % 4]
from generate_series(1, 60) p, generate_series(0, 3) i;

insert into customer
select k,
       'Customer#' || lpad(k::text, 9, '0'),
       (array['IVhzIApeRb ot,c,E','XSTf4,NCwDVaWNe6tEgvwfmRchLXak','MG9kdTD2WBHm','XxVSJsLAGtn',
              'KvpyuHCplrB84WgAiGV6sYpZq7Tj','sKZz0CsnMD7mp4Xd0YrBvx,LREYKUWAh yVn','TcGe5gaZNgVePxU5kRrvXBfkasDTea',
              'I0B10bB0AymmC, 0PrRYBCP1yGJ8xcBPmWhl5','xKiAFTjUsCuxfeleNqefumTrjS','Io,vuj6BcRkSQWyGhXMJ0aZXmy3gm'])[1 + (k * 7) % 10],
       n,
       lpad((n + 10)::text, 2, '0') || '-' || (100 + (k * 337) % 900) || '-' || (100 + (k * 557) % 900)
         || '-' || (1000 + (k * 3907) % 9000),
       ((k * 648391) % 1099998 - 99999) / 100.0,
       (array['AUTOMOBILE','BUILDING','FURNITURE','HOUSEHOLD','MACHINERY'])[1 + (k * 3) % 5],
       (array['regular, express foxes nag','carefully ironic deposits sleep','final pinto beans haggle blithely',
              'pending requests across the slyly','quickly bold accounts wake'])[1 + (k * 2) % 5]
from generate_series(1, 50) k,
     lateral (select (array[6, 7, 8, 12, 18, 24, 3, 23, 2, 9, 21, 1, 0, 19, 4, 5, 10, 11, 13, 14, 15,
                             16, 17, 20, 22])[1 + (k * 11) % 25] as n) nn;

-- Orders: customers whose key is a multiple of 3 never order (the other 34 order unevenly);
-- status and total price are set from the line items below.
insert into orders
select k,
       3 * (j / 2) + j % 2 + 1,
       'O', 0,
       date '1992-01-01' + ((h1 / 65536) % 2406)::int,
       (array['1-URGENT','2-HIGH','3-MEDIUM','4-NOT SPECIFIED','5-LOW'])[1 + (h2 / 65536) % 5],
       'Clerk#' || lpad((1 + (h3 / 65536) % 10)::text, 9, '0'),
       0,
       case when k % 17 = 5 then 'furiously special requests above the final deposits'
            when k % 23 = 7 then 'blithely special pinto beans. requests nag'
            else (array['ironic packages haggle carefully','final deposits sleep quickly','regular accounts boost',
                        'even theodolites among the bold foxes','pending dependencies wake slyly'])[1 + (h4 / 65536) % 5]
       end
from generate_series(1, 300) k,
     lateral (select ((((k * 7919 + 3) * 2654435761) % 4294967296 / 65536) % 34)
                       * ((((k * 7919 + 5) * 2654435761) % 4294967296 / 65536) % 35) / 35 as j,
                     ((k * 7919 + 11) * 2654435761) % 4294967296 as h1,
                     ((k * 7919 + 23) * 2654435761) % 4294967296 as h2,
                     ((k * 7919 + 37) * 2654435761) % 4294967296 as h3,
                     ((k * 7919 + 53) * 2654435761) % 4294967296 as h4) hh;

-- Line items: 1..7 per order; part keys 1..54 only; supplier one of the part's four.
insert into lineitem
select o_orderkey, pk, (pk + si * (5 + (pk - 1) / 20)) % 20 + 1, l,
       qty, qty * p_retailprice, disc, tax,
       case when rd <= date '1995-06-17' then case when (h5 / 65536) % 2 = 0 then 'R' else 'A' end else 'N' end,
       case when sd > date '1995-06-17' then 'O' else 'F' end,
       sd, cd, rd,
       (array['DELIVER IN PERSON','COLLECT COD','NONE','TAKE BACK RETURN'])[1 + (h6 / 65536) % 4],
       (array['REG AIR','AIR','RAIL','SHIP','TRUCK','MAIL','FOB'])[1 + (h7 / 65536) % 7],
       (array['carefully final deposits','quickly ironic requests','slyly bold accounts','furiously even foxes',
              'blithely regular packages','pending pinto beans'])[1 + (h8 / 65536) % 6]
from orders,
     generate_series(1, 7) l,
     lateral (select ((o_orderkey * 7919 + l * 104729 + s) * 2654435761) % 4294967296 as h
              from (values (0)) v(s)) h0,
     lateral (select ((o_orderkey * 7919 + l * 104729 + 101) * 2654435761) % 4294967296 as h1,
                     ((o_orderkey * 7919 + l * 104729 + 211) * 2654435761) % 4294967296 as h2,
                     ((o_orderkey * 7919 + l * 104729 + 307) * 2654435761) % 4294967296 as h3,
                     ((o_orderkey * 7919 + l * 104729 + 401) * 2654435761) % 4294967296 as h4,
                     ((o_orderkey * 7919 + l * 104729 + 503) * 2654435761) % 4294967296 as h5,
                     ((o_orderkey * 7919 + l * 104729 + 601) * 2654435761) % 4294967296 as h6,
                     ((o_orderkey * 7919 + l * 104729 + 709) * 2654435761) % 4294967296 as h7,
                     ((o_orderkey * 7919 + l * 104729 + 809) * 2654435761) % 4294967296 as h8,
                     ((o_orderkey * 7919 + l * 104729 + 907) * 2654435761) % 4294967296 as h9) hh,
     lateral (select 1 + (h1 / 65536) % 54 as pk,
                     (h2 / 65536) % 4 as si,
                     1 + (h3 / 65536) % 50 as qty,
                     ((h4 / 65536) % 11) / 100.0 as disc,
                     ((h9 / 65536) % 9) / 100.0 as tax) a,
     lateral (select o_orderdate + (1 + (h / 65536) % 121)::int as sd,
                     o_orderdate + (30 + (h / 16777216) % 61)::int as cd) b,
     lateral (select sd + (1 + (h / 256) % 30)::int as rd) c,
     part
where l <= 1 + (o_orderkey * 5 + o_orderkey / 7) % 7
  and p_partkey = pk;

update orders set
  o_totalprice = t.total,
  o_orderstatus = t.status
from (select l_orderkey,
             round(sum(l_extendedprice * (1 + l_tax) * (1 - l_discount)), 2) as total,
             case when bool_and(l_linestatus = 'F') then 'F' when bool_and(l_linestatus = 'O') then 'O' else 'P' end as status
      from lineitem group by l_orderkey) t
where t.l_orderkey = o_orderkey;
