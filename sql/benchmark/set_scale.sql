SELECT set_config('devdb.bench_scale', $1, false);
