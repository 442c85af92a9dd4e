using StackExchange.Redis;

namespace StreamWorker;

/// <summary>Reads the results stream.</summary>
internal static class ResultsStream
{
    private const int PageSize = 1000;

    /// <summary>Every result after entry <paramref name="after"/> (<see langword="null"/>: from the start), in stream order.</summary>
    public static async Task<List<ResultEntry>> ReadAsync(IDatabaseAsync database, StreamKeys keys, string? after)
    {
        var results = new List<ResultEntry>();
        while (true)
        {
            var page = await database.StreamRangeAsync(keys.Results, after is null ? "-" : "(" + after, "+", PageSize).ConfigureAwait(false);
            results.AddRange(page.Select(ResultEntry.Read));
            if (page.Length < PageSize)
            {
                return results;
            }

            after = page[^1].Id.ToString();
        }
    }
}
