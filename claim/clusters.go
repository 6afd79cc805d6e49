package claim

// clusterTable maps the hash of a word's text (fword.wh) to its cluster
// number plus one.
var clusterTable map[uint32]uint32

// SetClusters sets the word clusters the cluster features use: each
// word, lower-cased as the featurizer writes it, with its cluster number.
// It is for experiments; it must not be called while features are
// extracted.
func SetClusters(words map[string]int) {
	clusterTable = make(map[uint32]uint32, len(words))
	for w, c := range words {
		clusterTable[fhString(fnvOffset, w)] = uint32(c) + 1
	}
}

// unknownCluster stands for the cluster of a word that has none.
const unknownCluster = 0xfffffffe

// clusterOfWord returns what stands for the cluster of the word in cluster
// features: its cluster number plus one, the hash of a fixed word (a
// number's shape, a symbol), or unknownCluster.
func clusterOfWord(wd *fword) uint32 {
	if wd.fixed != 0 {
		return wd.wh
	}
	if k, ok := clusterTable[wd.wh]; ok {
		return k
	}
	return unknownCluster
}
