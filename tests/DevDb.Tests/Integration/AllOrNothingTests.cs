using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>
/// A failed or interrupted action leaves the previous developer database exactly as it was. Populate
/// is slowed by a rule whose WHERE sleeps per row (it runs locally), so it can be interrupted.
/// </summary>
public class AllOrNothingTests(ExistingDevDb db, ITestOutputHelper output) : IClassFixture<ExistingDevDb>
{
    string SlowConfig()
    {
        var path = Path.Combine(db.WorkDirectory, "slow.yml");
        File.WriteAllText(path, db.WithDecisions("default: { percent: 30 }\ntables:\n  public.country: all\n  public.page_view: { where: \"pg_sleep(0.001) IS NOT NULL\" }\n"));
        return path;
    }

    CakeProcess.Running StartSlow(string target) =>
        CakeProcess.Start(["--target=" + target, "--config=" + SlowConfig(), .. db.Connection()], db.Environment());

    void AssertIntact()
    {
        db.AssertUntouched();
        using var dev = db.OpenDevelopment();
        Checks.AssertForeignKeysHold(dev);
        db.Admin(c => Assert.False(Checks.DatabaseExists(c, db.Development + "__old")));
    }

    [Theory]
    [InlineData("BuildDevDb")]
    [InlineData("UpdateDevDbSchema")]
    [InlineData("UpdateDevDbData")]
    public void Killing_the_process_during_populate_leaves_the_old_developer_database(string target)
    {
        using var run = StartSlow(target);
        Assert.True(run.WaitForOutput("Sampling", TimeSpan.FromMinutes(2)), run.Output);
        Thread.Sleep(1000);
        run.Kill();
        run.Process.WaitForExit();
        output.WriteLine(run.Output);
        AssertIntact();
    }

    [Fact]
    public void Losing_production_during_populate_fails_in_one_line_and_leaves_the_old_developer_database()
    {
        using var run = StartSlow("UpdateDevDbData");
        Assert.True(run.WaitForOutput("Sampling", TimeSpan.FromMinutes(2)), run.Output);
        Thread.Sleep(1000);
        // production goes away under populate: its sessions for DevDb are cut
        using (var prod = db.OpenProduction())
            DatabasePair.Exec(prod, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'devdb' AND pid <> pg_backend_pid()", db.Production);
        var result = run.Wait();
        output.WriteLine(result.ToString());
        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
        AssertIntact();
    }

    [Fact]
    public void A_second_action_on_the_same_developer_database_fails_at_once_naming_the_first()
    {
        using var first = StartSlow("UpdateDevDbData");
        Assert.True(first.WaitForOutput("Sampling", TimeSpan.FromMinutes(2)), first.Output);
        var started = DateTime.UtcNow;
        var second = CakeProcess.Cake(["--target=BuildDevDb", "--config=" + db.ConfigPath, .. db.Connection()], db.Environment());
        output.WriteLine(second.ToString());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
        Assert.NotEqual(0, second.ExitCode);
        var line = Assert.Single(second.ErrorLines);
        Assert.StartsWith($"error: another DevDb action is running on {db.Server.Superuser}@{db.Server.Host}:{db.Server.Port}/{db.Development}: devdb UpdateDevDbData (pid ", line);
        first.Kill();
        first.Process.WaitForExit();
        AssertIntact();
    }

    [Fact]
    public void A_build_that_fails_verification_leaves_the_old_developer_database()
    {
        var path = Path.Combine(db.WorkDirectory, "orphans.yml");
        // a virtual key whose values match nothing: closure cannot satisfy it, so verification fails
        File.WriteAllText(path, db.WithDecisions("default: { percent: 30 }\ntables:\n  public.country: all\nrelations:\n  - { from: public.page_view(url), to: public.product(name), virtual: true }\n"));
        var result = CakeProcess.Cake(["--target=BuildDevDb", "--config=" + path, .. db.Connection()], db.Environment());
        output.WriteLine(result.ToString());
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("verification failed", Assert.Single(result.ErrorLines));
        AssertIntact();
    }
}
