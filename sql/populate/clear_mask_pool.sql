DELETE FROM devdb.mask_pool;
