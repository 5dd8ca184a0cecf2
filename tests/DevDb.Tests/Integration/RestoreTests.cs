using DevDb.Masking;
using System.Net;
using DevDb.Cluster;
using DevDb.Common;
using DevDb.Connections;
using DevDb.Processes;
using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>A published dump, with its manifest, from a developer database built with masks, and a fresh cluster to restore it into.</summary>
public sealed class PublishedDump : DatabasePair
{
    public const string ContributorPassword = "contributor-pw";

    public PublishedDump() : base("shop.sql")
    {
        SummaryFile = Path.Combine(WorkDirectory, "step-summary.md");
        var config = Path.Combine(WorkDirectory, "devdb.yml");
        File.WriteAllText(config, "default: { percent: 20 }\nmask:\n  public.customer.email: email\n  public.customer.name: full_name\n  public.staff.name: full_name\n  public.address.street: street_address\n");
        var settings = DevDbSettings.Resolve(Arguments(config), RepositoryRoot, Reporter.ToWriter(TextWriter.Null),
            name => name switch { "DEVDB_MASK_KEY" => "restore-test-key", "GITHUB_STEP_SUMMARY" => SummaryFile, _ => null }, WorkDirectory);
        Build(settings);
        DumpFile = DumpProcess.Run(settings);
        using var dev = OpenDevelopment();
        Counts = Checks.RowCounts(dev, Tables);

        Fresh = new LocalCluster(Path.Combine(Path.GetTempPath(), "devdb-restore-" + Guid.NewGuid().ToString("N")[..8]), TestServer.FreePort());
        Fresh.Start();
        using var admin = new Npgsql.NpgsqlConnection(Fresh.ConnectionString());
        admin.Open();
        Exec(admin, $"CREATE ROLE contributor LOGIN PASSWORD '{ContributorPassword}'");
    }

    public static readonly string[] Tables = ["public.orders", "public.customer", "public.order_line", "public.payment", "public.country"];
    public string SummaryFile { get; }
    public string DumpFile { get; }
    public Dictionary<string, long> Counts { get; }
    public LocalCluster Fresh { get; }

    /// <summary>Settings for restoring into the fresh cluster as <paramref name="user"/>; production is unreachable.</summary>
    public DevDbSettings RestoreSettings(string database, string user = "contributor", StringWriter? log = null) =>
        DevDbSettings.Resolve(new DevDbArguments
            {
                Production = new ServerArguments("127.0.0.1", TestServer.FreePort(), "nowhere", "nobody"),
                Development = new ServerArguments(Fresh.Host, Fresh.Port, database, user),
            }, RepositoryRoot, Reporter.ToWriter(log ?? new StringWriter()),
            name => name == "PGPASSWORD" ? ContributorPassword : null, WorkDirectory);

    public Npgsql.NpgsqlConnection OpenFresh(string database)
    {
        var connection = new Npgsql.NpgsqlConnection(Fresh.ConnectionString(database));
        connection.Open();
        return connection;
    }

    public override void Dispose()
    {
        Fresh.Destroy();
        base.Dispose();
    }
}

public class RestoreTests(PublishedDump published, ITestOutputHelper output) : IClassFixture<PublishedDump>
{
    [Fact]
    public void The_manifest_describes_the_dump_without_secrets()
    {
        var manifest = Manifest.Read(published.DumpFile)!;
        Assert.Equal(Manifest.Sha256Of(published.DumpFile), manifest.Sha256);
        Assert.Equal(new FileInfo(published.DumpFile).Length, manifest.Size);
        Assert.StartsWith("15.", manifest.PostgresVersion);
        Assert.Equal(published.Counts["public.orders"], manifest.RowsPerTable["public.orders"]);
        Assert.NotNull(manifest.ConfigSha256);
        var text = File.ReadAllText(Manifest.PathFor(published.DumpFile));
        Assert.DoesNotContain("restore-test-key", text);
        Assert.DoesNotContain(MaskSession.DerivedKey("restore-test-key"), text);
    }

    [Fact]
    public void The_step_summary_shows_tables_masks_verification_and_the_dump()
    {
        var summary = File.ReadAllText(published.SummaryFile);
        output.WriteLine(summary);
        Assert.Contains("## DevDb: developer database", summary);
        Assert.Matches(@"\| public\.orders \| percent 20 \| [\d,]+ \| [\d,]+ \| 0 \| [\d,]+ \|", summary);
        Assert.Contains("**Masked columns (", summary);
        Assert.Contains("`public.customer.email` (email)", summary);
        Assert.Contains("| foreign keys | ✅ ok |", summary);
        Assert.Contains("### Dump", summary);
        Assert.Contains(Manifest.Read(published.DumpFile)!.Sha256, summary);
    }

    [Fact]
    public void A_non_superuser_owner_restores_from_a_file_while_production_is_unreachable()
    {
        using (var admin = published.OpenFresh("postgres")) DatabasePair.Exec(admin, "CREATE DATABASE owned_db OWNER contributor");
        var log = new StringWriter();
        RestoreProcess.Run(published.RestoreSettings("owned_db", log: log), published.DumpFile);
        output.WriteLine(log.ToString());
        Assert.Contains("restoring into owned_db, which they own, in place", log.ToString());
        Assert.Contains("psql -h 127.0.0.1 -p " + published.Fresh.Port + " -U contributor owned_db", log.ToString());
        using var restored = published.OpenFresh("owned_db");
        Assert.Equal(published.Counts, Checks.RowCounts(restored, PublishedDump.Tables));
        Checks.AssertForeignKeysHold(restored);
        Assert.Equal("contributor", DatabasePair.Scalar<string>(restored, "SELECT tableowner::text FROM pg_tables WHERE tablename = 'orders'"));

        // again: the contributor's old copy is replaced, not added to
        RestoreProcess.Run(published.RestoreSettings("owned_db"), published.DumpFile);
        Assert.Equal(published.Counts, Checks.RowCounts(restored, PublishedDump.Tables));
    }

    [Fact]
    public void A_dump_is_restored_from_an_http_url_and_replaces_the_old_database_all_at_once()
    {
        using (var admin = published.OpenFresh("postgres"))
            DatabasePair.Exec(admin, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maintainer') THEN CREATE ROLE maintainer LOGIN CREATEDB PASSWORD 'contributor-pw'; END IF; END $$");
        var port = TestServer.FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var served = Task.Run(() =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = listener.GetContext(); } catch (HttpListenerException) { return; }
                var path = Path.Combine(Path.GetDirectoryName(published.DumpFile)!, Path.GetFileName(context.Request.Url!.AbsolutePath));
                if (File.Exists(path))
                {
                    using var file = File.OpenRead(path);
                    context.Response.ContentLength64 = file.Length;
                    file.CopyTo(context.Response.OutputStream);
                }
                else context.Response.StatusCode = 404;
                context.Response.Close();
            }
        });

        var url = $"http://127.0.0.1:{port}/{Path.GetFileName(published.DumpFile)}?token=abc";
        var log = new StringWriter();
        RestoreProcess.Run(published.RestoreSettings("team_db", "maintainer", log), url);
        RestoreProcess.Run(published.RestoreSettings("team_db", "maintainer", log), url);
        listener.Stop();
        output.WriteLine(log.ToString());
        Assert.Contains("Checked devdb.dump against its manifest", log.ToString());
        Assert.DoesNotContain("token=abc", log.ToString());
        using var restored = published.OpenFresh("team_db");
        Assert.Equal(published.Counts, Checks.RowCounts(restored, PublishedDump.Tables));
        using var admin2 = published.OpenFresh("postgres");
        Assert.False(Checks.DatabaseExists(admin2, "team_db__next"));
        Assert.False(Checks.DatabaseExists(admin2, "team_db__old"));
    }

    [Fact]
    public void A_dump_that_does_not_match_its_manifest_is_refused_and_nothing_changes()
    {
        var copy = Path.Combine(published.WorkDirectory, "tampered", "devdb.dump");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(published.DumpFile, copy, overwrite: true);
        File.WriteAllText(Manifest.PathFor(copy), File.ReadAllText(Manifest.PathFor(published.DumpFile)).Replace(Manifest.Read(published.DumpFile)!.Sha256, new string('0', 64)));
        using (var admin = published.OpenFresh("postgres")) DatabasePair.Exec(admin, "CREATE DATABASE untouched OWNER contributor");
        using (var db = published.OpenFresh("untouched")) DatabasePair.Exec(db, "CREATE TABLE mine (x int); INSERT INTO mine VALUES (1)");
        var e = Assert.Throws<DevDbException>(() => RestoreProcess.Run(published.RestoreSettings("untouched"), copy));
        Assert.Contains("does not match its manifest", e.Message);
        Assert.Contains("nothing was restored", e.Message);
        using (var db = published.OpenFresh("untouched")) Assert.Equal(1L, DatabasePair.Scalar<long>(db, "SELECT count(*) FROM mine"));
    }

    [Fact]
    public void The_onboarding_script_restores_the_dump_end_to_end()
    {
        using (var admin = published.OpenFresh("postgres")) DatabasePair.Exec(admin, "CREATE DATABASE onboarded OWNER contributor");
        var info = new System.Diagnostics.ProcessStartInfo("bash")
        {
            WorkingDirectory = published.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "scripts/onboard.sh", published.DumpFile, "--dev-host=127.0.0.1", "--dev-port=" + published.Fresh.Port, "--dev-user=contributor", "--dev-db=onboarded" })
            info.ArgumentList.Add(a);
        info.Environment["PGPASSWORD"] = PublishedDump.ContributorPassword;
        info.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        output.WriteLine(stdout.Result + "\n" + stderr);
        Assert.True(process.ExitCode == 0, stderr);
        Assert.Contains("psql -h 127.0.0.1 -p " + published.Fresh.Port + " -U contributor onboarded", stdout.Result);
        using var restored = published.OpenFresh("onboarded");
        Assert.Equal(published.Counts, Checks.RowCounts(restored, PublishedDump.Tables));
    }
}

public class PublishOnEveryActionTests(ExistingDevDb db, ITestOutputHelper output) : IClassFixture<ExistingDevDb>
{
    [Fact]
    public void An_action_with_dump_ends_by_writing_the_dump_and_its_manifest()
    {
        var dump = Path.Combine(db.WorkDirectory, "published", "nightly.dump");
        var connection = db.Connection().Where(a => !a.StartsWith("--dump=")).ToList();
        var result = CakeProcess.Cake(["--target=UpdateDevDbData", "--config=" + db.ConfigPath, "--dump=" + dump, .. connection], db.Environment());
        output.WriteLine(result.ToString());
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(dump));
        Assert.Equal(Manifest.Sha256Of(dump), Manifest.Read(dump)!.Sha256);
    }
}
