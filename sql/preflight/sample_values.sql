-- A few values of a column, to recognise personal data by its look (emails, phone numbers, cards, IPs).
SELECT {{column}}::text FROM {{table}} WHERE {{column}} IS NOT NULL LIMIT 200
