using DevDb.Common;
using DevDb.Connections;

namespace DevDb.Processes;

/// <summary>
/// Holds the developer database's run lock for the life of an action: a second action on the same
/// developer database fails at once, saying which action runs and since when.
/// </summary>
public sealed class RunLock : IDisposable
{
    readonly Database _session;

    RunLock(Database session) => _session = session;

    public static RunLock Acquire(DevDbSettings settings, string action)
    {
        var name = $"devdb {action} (pid {Environment.ProcessId})";
        var session = Database.Open("developer server", settings.DevelopmentMaintenance, applicationName: name);
        if (session.Scalar<bool>(settings.Sql.Load("shared/acquire_run_lock.sql"), settings.Development.Database))
            return new RunLock(session);
        var holder = session.Query(settings.Sql.Load("shared/run_lock_holder.sql"), r => (app: r.GetString(0), since: r.GetString(1)), settings.Development.Database).FirstOrDefault();
        session.Dispose();
        throw new DevDbException(
            $"another DevDb action is running on {settings.Development.Describe()}: {(holder.app is { Length: > 0 } ? $"{holder.app}, started {holder.since}" : "it just finished or is starting")}; wait for it to end",
            ExitCodes.Failed);
    }

    public void Dispose() => _session.Dispose();
}
