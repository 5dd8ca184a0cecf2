-- The naive way's masking: the personal columns overwritten after loading, with an md5 of the value.
UPDATE {{table}} SET {{assignments}};
