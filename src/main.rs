fn main() {
    goal_ladder::start();
}
