using DevDb.Common;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

public class ConsistencyAndVerifyTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new();
    const string Config = """
        default: { percent: 30 }
        tables:
          public.page_view: { percent: 5 }
        relations:
          - { from: public.order_line(order_id), to: public.orders(id), include: children }
        """;

    /// <summary>
    /// While populate reads, production deletes orders (with their lines, shipments and payments)
    /// and inserts new ones. One snapshot of production means every foreign key still holds.
    /// </summary>
    [Fact]
    public void Foreign_keys_hold_while_production_is_written_during_the_build()
    {
        var settings = _pair.Settings(Config, output);
        using var stop = new CancellationTokenSource();
        var writes = 0;
        var writer = Task.Run(() =>
        {
            using var prod = _pair.OpenProduction();
            var next = 100_000;
            while (!stop.IsCancellationRequested)
            {
                using var tx = prod.BeginTransaction();
                var victim = DatabasePair.Scalar<int?>(prod, "SELECT id FROM orders WHERE id < 100000 ORDER BY random() LIMIT 1");
                if (victim is not null)
                {
                    DatabasePair.Exec(prod, "DELETE FROM shipment_item WHERE order_id = $1", victim.Value);
                    DatabasePair.Exec(prod, "DELETE FROM order_line WHERE order_id = $1", victim.Value);
                    DatabasePair.Exec(prod, "DELETE FROM payment WHERE order_id = $1", victim.Value);
                    DatabasePair.Exec(prod, "DELETE FROM orders WHERE id = $1", victim.Value);
                }
                DatabasePair.Exec(prod, "INSERT INTO customer (id, email, name, address_id) SELECT $1, 'c' || $1 || '@example.com', 'New', 1", next);
                DatabasePair.Exec(prod, "INSERT INTO orders (id, customer_id, ordered_at) VALUES ($1, $1, now())", next);
                DatabasePair.Exec(prod, "INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price) VALUES ($1, 1, 1, 1, 1)", next);
                next++;
                tx.Commit();
                Interlocked.Increment(ref writes);
            }
        });
        try
        {
            while (Volatile.Read(ref writes) < 5) Thread.Sleep(10);
            for (var build = 0; build < 3; build++)
            {
                var result = build == 0 ? DatabasePair.Build(settings) : DatabasePair.UpdateData(settings);
                Assert.True(result.Verification.Passed);
                using var dev = _pair.OpenDevelopment();
                Checks.AssertForeignKeysHold(dev);
            }
        }
        finally
        {
            stop.Cancel();
            writer.Wait();
        }
        output.WriteLine($"{writes} transactions written on production during the builds");
        Assert.True(writes > 20, $"only {writes} concurrent writes: the test proved little");
    }

    [Fact]
    public void Verify_catches_an_orphan_a_virtual_orphan_and_a_missing_table()
    {
        var config = Config + "\n  - { from: public.shipment_item(order_id), to: public.orders(id), virtual: true }\n";
        var settings = _pair.Settings(config.Replace("public.page_view: { percent: 5 }", "public.page_view: { limit: 3 }"), output);
        DatabasePair.Build(settings);
        Assert.True(Verifier.RunStandalone(settings).Passed);

        using (var dev = _pair.OpenDevelopment())
        {
            DatabasePair.Exec(dev, "SET session_replication_role = replica; INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price) VALUES (987654, 1, 1, 1, 1)");
        }
        var e = Assert.Throws<DevDbException>(() => Verifier.RunStandalone(settings));
        Assert.Contains("foreign keys: 1 orphan rows: order_line_order_id_fkey public.order_line(order_id) -> public.orders(id)", e.Message);

        using (var dev = _pair.OpenDevelopment())
        {
            DatabasePair.Exec(dev, "DELETE FROM order_line WHERE order_id = 987654; SET session_replication_role = replica; INSERT INTO shipment_item (order_id, line_no, shipped_at) VALUES (987654, 1, now())");
        }
        using (var dev = settings.OpenDevelopment())
        {
            var report = Verifier.Run(settings, dev, ModelLoader.Load(settings, dev));
            var problems = report.Checks.Single(c => c.Name == "foreign keys").Problems;
            Assert.Contains("1 orphan rows: public.shipment_item(order_id) -> public.orders(id)", problems);
            Assert.Contains(problems, p => p.Contains("shipment_item_order_id_line_no_fkey"));
            Assert.Contains("(1 virtual)", report.Checks.Single(c => c.Name == "foreign keys").Summary);
        }

        using (var dev = _pair.OpenDevelopment())
        {
            DatabasePair.Exec(dev, "DELETE FROM shipment_item WHERE order_id = 987654; DROP TABLE audit.audit_log; ALTER TABLE country DROP COLUMN name");
        }
        e = Assert.Throws<DevDbException>(() => Verifier.RunStandalone(settings));
        Assert.Contains("table audit.audit_log is missing", e.Message);
        Assert.Contains("and 1 more", e.Message);

        using (var dev = _pair.OpenDevelopment())
        {
            DatabasePair.Exec(dev, "CREATE TABLE audit.audit_log (id bigserial PRIMARY KEY, what text NOT NULL, at timestamptz NOT NULL DEFAULT now()); ALTER TABLE country ADD COLUMN name text NOT NULL DEFAULT ''");
            DatabasePair.Exec(dev, "SELECT setval('orders_id_seq', 1)");
        }
        e = Assert.Throws<DevDbException>(() => Verifier.RunStandalone(settings));
        Assert.Contains("sequences: public.orders_id_seq would next give 2", e.Message);
    }

    [Fact]
    public void Verify_runs_through_the_script_and_exits_nonzero_on_failure()
    {
        var settings = _pair.Settings("default: { percent: 20 }\n", output);
        DatabasePair.Build(settings);
        string[] args = ["--target=VerifyDevDb", "--config=" + Path.Combine(_pair.WorkDirectory, "devdb.yml"), .. _pair.CakeConnection()];
        var env = _pair.CakeEnvironment();
        var ok = CakeProcess.Cake(args, env);
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains("Every foreign key holds", ok.Output);

        using (var dev = _pair.OpenDevelopment()) DatabasePair.Exec(dev, "DROP TABLE page_view");
        var failed = CakeProcess.Cake(args, env);
        output.WriteLine(failed.ToString());
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("FAILED", failed.Output);
        Assert.StartsWith("error: verification failed: tables and columns: table public.page_view is missing", Assert.Single(failed.ErrorLines));
    }

    public void Dispose() => _pair.Dispose();
}
