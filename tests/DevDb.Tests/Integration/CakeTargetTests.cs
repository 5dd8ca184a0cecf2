using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>A developer database that the bad-input tests try, and fail, to disturb.</summary>
public sealed class ExistingDevDb : DatabasePair
{
    public ExistingDevDb()
    {
        ConfigPath = Path.Combine(WorkDirectory, "good.yml");
        File.WriteAllText(ConfigPath, WithDecisions("default: { percent: 30 }\ntables:\n  public.country: all\n"));
        Build(Settings(File.ReadAllText(ConfigPath)));
        using var dev = OpenDevelopment();
        // A row no rebuild would produce: if it is still there, the database was not touched.
        Exec(dev, "INSERT INTO country VALUES ('ZZ', 'Sentinel')");
        Counts = Checks.RowCounts(dev, Tables);
    }

    public static readonly string[] Tables = ["public.country", "public.orders", "public.customer", "public.order_line"];
    public string ConfigPath { get; }
    public Dictionary<string, long> Counts { get; }

    public List<string> Connection(string? prodDb = null, string? devDb = null, int? prodPort = null, string? prodUser = null) =>
    [
        .. CakeConnection(prodDb, devDb, prodPort, prodUser),
        "--schema-file=" + Path.Combine(WorkDirectory, "schema.sql"), "--dump=" + Path.Combine(WorkDirectory, "devdb.dump"),
    ];

    public Dictionary<string, string?> Environment(string? password = null) => CakeEnvironment(password);

    public void AssertUntouched()
    {
        using var dev = OpenDevelopment();
        Assert.Equal(Counts, Checks.RowCounts(dev, Tables));
        Assert.Equal("Sentinel", Scalar<string>(dev, "SELECT name FROM country WHERE code = 'ZZ'"));
    }
}

public class CakeTargetTests(ExistingDevDb db, ITestOutputHelper output) : IClassFixture<ExistingDevDb>
{
    CakeProcess.Result Cake(params string[] arguments) => Cake(arguments, db.Environment());

    CakeProcess.Result Cake(IEnumerable<string> arguments, Dictionary<string, string?> environment)
    {
        var result = CakeProcess.Cake(arguments, environment);
        output.WriteLine(result.ToString());
        return result;
    }

    [Theory]
    [InlineData("BuildDevDb", "Lock,CheckInputs,SetupDevDb,UpdateDevDb,PopulateDevDb,BuildDevDb")]
    [InlineData("UpdateDevDbSchema", "Lock,CheckInputs,UpdateDevDb,PopulateDevDb,UpdateDevDbSchema")]
    [InlineData("UpdateDevDbData", "Lock,CheckInputs,PopulateDevDb,UpdateDevDbData")]
    [InlineData("DumpDevDb", "Lock,WriteDump,DumpDevDb")]
    [InlineData("Test", "RunTests,Test")]
    public void Each_action_runs_its_chain_of_processes(string target, string expected)
    {
        var result = Cake("--target=" + target, "--dryrun");
        Assert.Equal(0, result.ExitCode);
        var steps = result.Output.Split('\n').Select(l => l.Trim())
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. ")).Select(l => l[(l.IndexOf(". ") + 2)..]);
        Assert.Equal(expected, string.Join(",", steps));
    }

    [Fact]
    public void Every_task_has_a_description()
    {
        var result = Cake("--description");
        Assert.Equal(0, result.ExitCode);
        // every task the script declares, found in the script itself, is listed with a description
        var script = File.ReadAllText(Path.Combine(db.RepositoryRoot, "build", "build.cake"));
        var tasks = System.Text.RegularExpressions.Regex.Matches(script, @"Task\(""(\w+)""\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("PopulateDevDb", tasks);
        foreach (var task in tasks)
        {
            var line = result.Output.Split('\n').FirstOrDefault(l => l.Trim().StartsWith(task + " "));
            Assert.True(line is not null && line.Trim().Length > task.Length + 10, $"{task} has no description");
        }
    }

    [Fact]
    public void UpdateDevDbData_through_the_script_refreshes_the_data_and_exits_zero()
    {
        using (var prod = db.OpenProduction()) DatabasePair.Exec(prod, "INSERT INTO country VALUES ('PT', 'Portugal') ON CONFLICT DO NOTHING");
        var result = Cake(["--target=UpdateDevDbData", "--config=" + db.ConfigPath, .. db.Connection()], db.Environment());
        try
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Every foreign key holds", result.Output);
            Assert.DoesNotContain("Creating developer database", result.Output);
            using var dev = db.OpenDevelopment();
            Assert.Equal("Portugal", DatabasePair.Scalar<string>(dev, "SELECT name FROM country WHERE code = 'PT'"));
        }
        finally
        {
            // put the sentinel back for the other tests of this class
            using var dev = db.OpenDevelopment();
            DatabasePair.Exec(dev, "DELETE FROM country WHERE code = 'PT'");
            DatabasePair.Exec(dev, "INSERT INTO country VALUES ('ZZ', 'Sentinel') ON CONFLICT DO NOTHING");
            using var prod = db.OpenProduction();
            DatabasePair.Exec(prod, "DELETE FROM country WHERE code = 'PT'");
        }
    }

    [Fact]
    public void InitDevDb_writes_a_starter_config_once_and_PlanDevDb_shows_its_findings_without_stopping()
    {
        var path = Path.Combine(db.WorkDirectory, "starter-" + Guid.NewGuid().ToString("N")[..6] + ".yml");
        var written = Cake(["--target=InitDevDb", "--config=" + path, .. db.Connection()], db.Environment());
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("personal-looking columns with a suggested mask", written.Output);
        var text = File.ReadAllText(path);
        foreach (var table in new[] { "public.country: all", "public.orders:", "public.customer:", "public.order_line:" }) Assert.Contains("  " + table, text);
        Assert.Contains("  public.customer.email: email ", text);
        Assert.Contains("# - public.customer.email", text);
        Assert.DoesNotContain(db.Server.SuperuserPassword ?? "no password", text);

        var again = Cake(["--target=InitDevDb", "--config=" + path, .. db.Connection()], db.Environment());
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists; InitDevDb never overwrites a config", Assert.Single(again.ErrorLines));
        Assert.Equal(text, File.ReadAllText(path));

        // the same findings, undecided, in a plan that writes nothing and does not stop
        var empty = Path.Combine(db.WorkDirectory, "empty.yml");
        File.WriteAllText(empty, "default: all\n");
        var plan = Cake(["--target=PlanDevDb", "--config=" + empty, .. db.Connection()], db.Environment());
        Assert.Equal(0, plan.ExitCode);
        Assert.Matches(@"public\.customer\.email\s+undecided \(suggested: email\)", plan.Output);
        Assert.Contains("no decision: a build would stop", plan.Output);
        db.AssertUntouched();
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "unreachable", "production: cannot reach the server at" },
        { "wrong-password", "production: password authentication failed for user" },
        { "missing-database", "production: database \"no_such_db\" does not exist" },
        { "malformed-yaml", "bad.yml:4: malformed YAML: While parsing a flow mapping, did not find expected ',' or '}'" },
        { "unknown-table", "bad.yml: tables: public.no_such_table is not a table in production" },
        { "invalid-where", "bad.yml: tables.public.customer: invalid where \"no_such_column > 3\": column \"no_such_column\" does not exist" },
        { "hostile-where", "bad.yml:2: tables.public.customer.where contains ';'" },
        { "dev-is-prod", "the developer database and production are the same database" },
        { "bad-port", "--prod-port=http is not a port number" },
        { "unknown-argument", "unknown argument --prod-hots; did you mean --prod-host?" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_is_one_line_a_nonzero_exit_and_the_developer_database_untouched(string kind, string message)
    {
        var config = db.ConfigPath;
        var bad = Path.Combine(db.WorkDirectory, "bad.yml");
        var connection = db.Connection();
        var environment = db.Environment();
        switch (kind)
        {
            case "unreachable": connection = db.Connection(prodPort: TestServer.FreePort()); break;
            case "wrong-password":
                db.Admin(c => DatabasePair.Exec(c, "DO $$ BEGIN CREATE ROLE devdb_wrong_pw LOGIN PASSWORD 'right'; EXCEPTION WHEN duplicate_object THEN NULL; END $$"));
                connection = db.Connection(prodUser: "devdb_wrong_pw");
                environment = db.Environment("wrong");
                Assert.True(db.Server.EnforcesPasswords);
                break;
            case "missing-database": connection = db.Connection(prodDb: "no_such_db"); break;
            case "malformed-yaml": File.WriteAllText(config = bad, "tables:\n  public.country: all\n  public.orders: { percent: 5\n"); break;
            case "unknown-table": File.WriteAllText(config = bad, "tables:\n  public.no_such_table: all\n"); break;
            case "invalid-where": File.WriteAllText(config = bad, "tables:\n  public.customer: { where: \"no_such_column > 3\" }\n"); break;
            case "hostile-where": File.WriteAllText(config = bad, "tables:\n  public.customer: { where: \"true; DROP TABLE orders\" }\n"); break;
            case "dev-is-prod": connection = db.Connection(devDb: db.Production); break;
            case "bad-port": connection = [.. connection.Where(a => !a.StartsWith("--prod-port")), "--prod-port=http"]; break;
            case "unknown-argument": connection = [.. connection, "--prod-hots=elsewhere"]; break;
        }

        var result = Cake(["--target=BuildDevDb", "--config=" + config, .. connection], environment);

        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(message, line);
        Assert.DoesNotContain("right", line.Replace("write", ""));
        db.AssertUntouched();
        using var prod = db.OpenProduction();
        Assert.Equal(2000, db.Count(prod, "orders"));
    }

    [Fact]
    public void Setup_refuses_to_drop_a_database_DevDb_did_not_create_unless_forced()
    {
        var foreign = "not_ours_" + Guid.NewGuid().ToString("N")[..6];
        db.Admin(c => DatabasePair.Exec(c, $"CREATE DATABASE {foreign}"));
        try
        {
            using (var c = db.Open(foreign)) DatabasePair.Exec(c, "CREATE TABLE precious (x int); INSERT INTO precious VALUES (1)");
            var refused = Cake(["--target=BuildDevDb", "--config=" + db.ConfigPath, .. db.Connection(devDb: foreign)], db.Environment());
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains($"database \"{foreign}\" exists and was not created by DevDb; refusing to drop it (pass --force to replace it)", Assert.Single(refused.ErrorLines));
            using (var c = db.Open(foreign)) Assert.Equal(1L, DatabasePair.Scalar<long>(c, "SELECT count(*) FROM precious"));

            var forced = Cake(["--target=BuildDevDb", "--force", "--config=" + db.ConfigPath, .. db.Connection(devDb: foreign)], db.Environment());
            Assert.Equal(0, forced.ExitCode);
            using (var c = db.Open(foreign))
            {
                Assert.Null(DatabasePair.Scalar<string>(c, "SELECT to_regclass('precious')::text"));
                Checks.AssertForeignKeysHold(c);
            }
        }
        finally
        {
            db.Admin(c => DatabasePair.Exec(c, $"DROP DATABASE IF EXISTS {foreign} WITH (FORCE)"));
        }
    }
}
