// dmarcplan-gui: the desktop app.

#include "ui/Application.h"

int main(int argc, char** argv) {
    return dmarcplan::ui::runApplication(argc, argv);
}
