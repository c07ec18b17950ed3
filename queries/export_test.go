package queries

// SetWalkCost sets what a query counts a month of events to cost
// (walkCost) and returns a function that puts the old cost back: a small
// store's busiest place is then read month by month.
func SetWalkCost(n int64) (restore func()) {
	old := walkCost.Swap(n)
	return func() { walkCost.Store(old) }
}
