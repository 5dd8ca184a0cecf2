using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using DevDb.Connections;

namespace DevDb.Processes;

/// <summary>
/// The extra connections a parallel build fetches production's rows through (parallel &gt; 1, into
/// a staging database only). The jobs of one step (one table's sample, one closure step) run on
/// them in transactions committed together when the step ends, so that the load's connection sees
/// their rows for the next step; each connection's transaction reads its own snapshot of
/// production: postgres_fdw cannot share one snapshot between connections, and this is the price
/// of fetching in parallel. The load's own connection hands out the jobs, one to each free
/// connection, and keeps the keys, the bookkeeping and the final checks to itself.
/// </summary>
public sealed class FetchConnections : IDisposable
{
    readonly List<Database> _all = [];
    readonly BlockingCollection<Database> _free = new();
    readonly ConcurrentDictionary<Database, Npgsql.NpgsqlTransaction> _open = new();

    FetchConnections() { }

    /// <summary>Opens <paramref name="count"/> connections to this action's staging database, each prepared by <paramref name="prepare"/>.</summary>
    public static FetchConnections Open(DevDbSettings settings, int count, Action<Database> prepare)
    {
        var pool = new FetchConnections();
        try
        {
            // prepared side by side: each loads its own masking pools
            var opening = Enumerable.Range(0, count).Select(_ => Task.Run(() =>
            {
                var connection = settings.OpenTarget();
                lock (pool._all) pool._all.Add(connection);
                prepare(connection);
            })).ToArray();
            try { Task.WaitAll(opening); }
            catch (AggregateException e) { ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
            foreach (var connection in pool._all) pool._free.Add(connection);
            return pool;
        }
        catch
        {
            pool.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs every job, each on the next free connection, and returns once all have finished and
    /// their transactions have committed. Jobs are taken from <paramref name="jobs"/> on this thread
    /// only when a connection is free, so a lazy sequence can size each job from the results of
    /// those before it. After a failure no new job starts, and the step's transactions roll back;
    /// the first failure is rethrown once the running jobs have stopped.
    /// </summary>
    public void Run<T>(IEnumerable<T> jobs, Action<Database, T> run)
    {
        var running = new List<Task>();
        Exception? failure = null;
        try
        {
            using var next = jobs.GetEnumerator();
            while (true)
            {
                var connection = _free.Take();
                if (Volatile.Read(ref failure) is not null || !next.MoveNext())
                {
                    _free.Add(connection);
                    break;
                }
                var job = next.Current;
                running.Add(Task.Run(() =>
                {
                    try
                    {
                        // one transaction per connection and step: a remote transaction costs two round trips to production
                        _open.GetOrAdd(connection, c => c.Begin());
                        run(connection, job);
                    }
                    catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
                    finally { _free.Add(connection); }
                }));
            }
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
        finally
        {
            // also when preparing the next job failed: no connection is left mid-statement
            Task.WaitAll([.. running]);
        }
        var open = _open.ToList();
        _open.Clear();
        try
        {
            Task.WaitAll([.. open.Select(o => Task.Run(() =>
            {
                if (failure is null) o.Value.Commit(); else o.Value.Rollback();
                o.Value.Dispose();
            }))]);
        }
        catch (AggregateException e)
        {
            failure ??= e.InnerExceptions[0];   // after a failure, that one is what the user needs to see
        }
        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
    }

    public void Dispose()
    {
        foreach (var connection in _all) connection.Dispose();
        _all.Clear();
        _free.Dispose();
    }
}
